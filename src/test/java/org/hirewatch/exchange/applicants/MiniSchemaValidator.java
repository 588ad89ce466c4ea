package org.hirewatch.exchange.applicants;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Just enough of JSON Schema 2020-12 to test the applicants schema without a validator library: the keywords the
 * schema uses, and a failure for any other, so that the schema cannot start relying on something untested. Formats
 * are annotations in 2020-12 and are not asserted.
 */
final class MiniSchemaValidator {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "format",
            "$comment");
    private static final Set<String> KEYWORDS = Set.of("type", "const", "enum", "required", "properties",
            "additionalProperties", "propertyNames", "items", "minItems", "maxLength", "minLength", "pattern", "$ref",
            "allOf", "anyOf", "if", "then");

    private final JsonNode root;

    MiniSchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** Every place where {@code instance} breaks the schema, as "path: keyword"; empty when it is valid. */
    List<String> validate(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode v, String path, List<String> errors) {
        if (schema.isBoolean()) {
            if (!schema.booleanValue()) {
                errors.add(path + ": false");
            }
            return;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k)) {
                throw new IllegalArgumentException("keyword not supported by the test validator: " + k);
            }
        }
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), v, path, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), v)) {
            errors.add(path + ": type");
            return;
        }
        if (schema.has("const") && !equal(schema.get("const"), v)) {
            errors.add(path + ": const");
        }
        if (schema.has("enum")) {
            boolean any = false;
            for (JsonNode e : schema.get("enum")) {
                any |= equal(e, v);
            }
            if (!any) {
                errors.add(path + ": enum");
            }
        }
        if (v.isTextual()) {
            String s = v.textValue();
            int length = s.codePointCount(0, s.length());
            if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                errors.add(path + ": maxLength");
            }
            if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                errors.add(path + ": minLength");
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
                errors.add(path + ": pattern");
            }
        }
        if (v.isArray()) {
            if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": minItems");
            }
            if (schema.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (v.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!v.has(r.asText())) {
                        errors.add(path + "." + r.asText() + ": required");
                    }
                }
            }
            JsonNode props = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                if (schema.has("propertyNames")) {
                    check(schema.get("propertyNames"), com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()),
                            p + "(name)", errors);
                }
                if (props.has(e.getKey())) {
                    check(props.get(e.getKey()), e.getValue(), p, errors);
                } else if (schema.has("additionalProperties")) {
                    check(schema.get("additionalProperties"), e.getValue(), p, errors);
                }
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode s : schema.get("allOf")) {
                check(s, v, path, errors);
            }
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode s : schema.get("anyOf")) {
                List<String> sub = new ArrayList<>();
                check(s, v, path, sub);
                any |= sub.isEmpty();
            }
            if (!any) {
                errors.add(path + ": anyOf");
            }
        }
        if (schema.has("if")) {
            List<String> sub = new ArrayList<>();
            check(schema.get("if"), v, path, sub);
            if (sub.isEmpty() && schema.has("then")) {
                check(schema.get("then"), v, path, errors);
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode n = root.at(ref.substring(1));
        if (n.isMissingNode()) {
            throw new IllegalArgumentException("dangling reference " + ref);
        }
        return n;
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            // 2020-12: any number with a zero fractional part is an integer.
            case "integer" -> v.isNumber() && v.canConvertToExactIntegral();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    /** JSON equality: numbers by value (1 equals 1.0). */
    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
