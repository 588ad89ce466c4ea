package org.hirewatch.domain;

import static org.hirewatch.domain.EvidenceField.choice;
import static org.hirewatch.domain.EvidenceField.of;
import static org.hirewatch.domain.FieldType.DATE;
import static org.hirewatch.domain.FieldType.DATE_TIME;
import static org.hirewatch.domain.FieldType.DECIMAL;
import static org.hirewatch.domain.FieldType.EMAIL;
import static org.hirewatch.domain.FieldType.HASHED;
import static org.hirewatch.domain.FieldType.INTEGER;
import static org.hirewatch.domain.FieldType.IP;
import static org.hirewatch.domain.FieldType.MULTILINE;
import static org.hirewatch.domain.FieldType.PHONE;
import static org.hirewatch.domain.FieldType.TEXT;
import static org.hirewatch.domain.FieldType.URL;
import static org.hirewatch.domain.FieldType.YES_NO;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of evidence an investigator records, with the fields of each (after the evidence list of
 * shared/domain/indicators.md §2). Fields live in a JSON payload, so adding one needs no migration; the
 * identifier fields are also indexed in their own table.
 */
public enum EvidenceKind {
    IDENTITY_DOCUMENT(List.of(
            choice("documentType", "passport", "national_id", "drivers_licence", "residence_permit", "other").mandatory(),
            of("issuingCountry", TEXT),
            of("documentNumber", HASHED).identifies(IdentifierKind.DOCUMENT_NUMBER_HASH),
            of("nameAsPrinted", TEXT).identifies(IdentifierKind.NAME),
            of("dateOfBirth", DATE),
            of("expiryDate", DATE),
            of("addressOnDocument", MULTILINE).identifies(IdentifierKind.ADDRESS),
            choice("authenticityResult", "passed", "failed", "inconclusive", "not_run"),
            of("faceMatchScore", DECIMAL),
            of("imageResolution", TEXT),
            of("photoHash", TEXT).identifies(IdentifierKind.PHOTO_HASH),
            of("inPersonCheck", TEXT),
            choice("addressCheck", "residential", "commercial", "vacant", "mail_drop", "unknown"),
            choice("everifyResult", "match", "mismatch", "not_run"),
            choice("ownerComplaint", "yes", "no"))),
    CONTACT_CHANNEL(List.of(
            of("email", EMAIL).identifies(IdentifierKind.EMAIL),
            of("phone", PHONE).identifies(IdentifierKind.PHONE),
            choice("lineType", "mobile", "landline", "voip", "unknown"),
            of("carrier", TEXT),
            of("carrierCountry", TEXT),
            of("messagingHandle", TEXT).identifies(IdentifierKind.HANDLE),
            of("emailProvider", TEXT),
            of("domainCreated", DATE),
            choice("offPlatformRequest", "yes", "no"),
            choice("executiveOutreach", "yes", "no"),
            of("medianResponseHours", DECIMAL),
            of("missedTasks", INTEGER))),
    ONLINE_PROFILE(List.of(
            choice("platform", "github", "linkedin", "portfolio", "freelance", "social", "other").mandatory(),
            of("profileUrl", URL).identifies(IdentifierKind.URL),
            of("handle", TEXT).identifies(IdentifierKind.HANDLE),
            of("displayName", TEXT).identifies(IdentifierKind.NAME),
            of("statedLocation", TEXT),
            of("accountCreated", DATE),
            of("connections", INTEGER),
            of("followers", INTEGER),
            of("following", INTEGER),
            of("contributors", INTEGER),
            of("earliestCommit", DATE),
            choice("upstreamCopy", "yes", "no"),
            of("portfolioHost", TEXT),
            of("photoHash", TEXT).identifies(IdentifierKind.PHOTO_HASH),
            of("reverseImageResult", TEXT),
            choice("reverseImageOtherName", "yes", "no"),
            of("aiImageScore", DECIMAL),
            choice("avatarType", "photo", "ai_generated", "cartoon", "no_avatar"),
            of("activityGapYears", DECIMAL),
            of("previousHandles", TEXT),
            choice("linkedToOtherName", "yes", "no"),
            of("flaggedContributors", INTEGER),
            of("bidsSent", INTEGER),
            of("bidsAccepted", INTEGER),
            of("ratingsFromOneClient", INTEGER),
            of("messageTemplate", MULTILINE).identifies(IdentifierKind.TEXT_FINGERPRINT))),
    INTERVIEW_OBSERVATION(List.of(
            of("platform", TEXT),
            of("claimedLocalTime", TEXT),
            choice("camera", "on", "off", "intermittent"),
            of("cameraExcuse", TEXT),
            choice("background", "real", "blurred", "virtual_default", "stock_image"),
            choice("otherVoices", "yes", "no"),
            choice("livenessCheck", "passed", "failed", "refused", "not_done"),
            choice("personChanged", "yes", "no"),
            of("faceMatchScore", DECIMAL),
            of("answerLatencySeconds", DECIMAL),
            choice("readingSigns", "yes", "no"),
            of("browserLocale", TEXT),
            choice("inPersonStep", "attended", "declined", "no_show", "not_requested"),
            choice("verificationRequest", "complied", "left_call", "refused", "deleted_profiles", "not_asked"),
            of("participantIp", IP).identifies(IdentifierKind.IP),
            of("participantCountry", TEXT),
            of("observations", MULTILINE))),
    REFERENCE_CHECK(List.of(
            of("referenceName", TEXT).mandatory(),
            choice("checkType", "reference", "employment", "education"),
            of("employer", TEXT),
            of("employerDomain", TEXT),
            of("referenceEmail", EMAIL).identifies(IdentifierKind.EMAIL),
            of("referencePhone", PHONE).identifies(IdentifierKind.PHONE),
            choice("contactSource", "supplied_by_candidate", "independently_sourced"),
            choice("verificationMethod", "call", "video", "email", "none"),
            choice("outcome", "confirmed", "not_confirmed", "no_response", "contradicted"))),
    SIGN_IN_RECORD(List.of(
            of("account", TEXT),
            of("ipAddress", IP).mandatory().identifies(IdentifierKind.IP),
            of("country", TEXT),
            of("city", TEXT),
            of("asn", TEXT),
            of("networkOrganisation", TEXT),
            choice("vpnOrProxy", "yes", "no", "unknown"),
            of("device", TEXT).identifies(IdentifierKind.DEVICE),
            choice("managedDevice", "yes", "no"),
            choice("signInOutcome", "success", "failure"),
            of("sessionEnd", DATE_TIME),
            of("latitude", DECIMAL),
            of("longitude", DECIMAL))),
    /**
     * An imported sign-in log: the file's chain of custody (name, SHA-256, format, rows). Its rows live in their own
     * table, not as one item each: a log can hold a million of them.
     */
    SIGN_IN_LOG(List.of(
            choice("logFormat", "csv", "okta", "entra_csv", "entra_json").mandatory(),
            of("fileName", TEXT).mandatory(),
            of("fileSha256", TEXT).mandatory(),
            of("rowCount", INTEGER),
            of("skippedRows", INTEGER),
            of("firstSignIn", TEXT),
            of("lastSignIn", TEXT),
            of("mappingName", TEXT))),
    EQUIPMENT_SHIPPING(List.of(
            of("assetTag", TEXT),
            of("serialNumber", TEXT).identifies(IdentifierKind.DEVICE),
            of("mdmSerial", TEXT),
            of("shipToAddress", MULTILINE).mandatory().identifies(IdentifierKind.ADDRESS),
            of("shipDate", DATE),
            of("addressChangedOn", DATE),
            of("shippingCarrier", TEXT),
            of("trackingNumber", TEXT),
            of("pickedUpBy", TEXT),
            choice("pickupPhotoMatches", "yes", "no", "unknown"),
            choice("addressChangeRequested", "yes", "no"),
            of("deviceCountry", TEXT),
            of("remoteAccessTools", TEXT),
            choice("rdpPortOpen", "yes", "no"),
            choice("hardwareKvm", "yes", "no"),
            choice("keepAwakeTool", "yes", "no"),
            choice("edrAlertFirstDays", "yes", "no"))),
    PAYMENT_PAYOUT(List.of(
            choice("payoutMethod", "bank", "payment_platform", "crypto", "other").mandatory(),
            of("accountHolderName", TEXT).identifies(IdentifierKind.NAME),
            of("bankName", TEXT),
            of("bankCountry", TEXT),
            of("accountNumber", TEXT).identifies(IdentifierKind.BANK_ACCOUNT),
            of("platformAccountId", TEXT).identifies(IdentifierKind.PAYOUT_ACCOUNT),
            of("walletAddress", TEXT).identifies(IdentifierKind.WALLET),
            choice("changeRequested", "yes", "no"),
            of("intermediaryHops", INTEGER),
            of("rateBelowMarketPercent", DECIMAL),
            of("prepaymentRequests", INTEGER),
            choice("invoiceBeforeAcceptance", "yes", "no"),
            of("smallChargeCount", INTEGER))),
    WORK_ACTIVITY(List.of(
            choice("activityType", "repository_push", "cloud_upload", "secret_access", "permission_request",
                    "remote_access", "referral", "member_added", "extortion_message", "other").mandatory(),
            of("account", TEXT),
            of("destination", TEXT),
            of("ipAddress", IP).identifies(IdentifierKind.IP),
            choice("managedDevice", "yes", "no"),
            choice("approved", "yes", "no"),
            of("referredCase", TEXT),
            of("weeklyCommits", INTEGER),
            of("details", MULTILINE))),
    /** The application itself: the CV and what it claims. CV text is fingerprinted so re-used CVs are found. */
    APPLICATION(List.of(
            of("roleApplied", TEXT),
            of("cvText", MULTILINE).identifies(IdentifierKind.TEXT_FINGERPRINT),
            of("claimedSkills", MULTILINE),
            of("careerStartYear", INTEGER),
            of("languages", TEXT),
            of("referredBy", TEXT))),
    FILE_ATTACHMENT(List.of(
            of("description", MULTILINE)));

    private final List<EvidenceField> fields;

    EvidenceKind(List<EvidenceField> fields) {
        this.fields = fields;
    }

    public List<EvidenceField> fields() {
        return fields;
    }

    public Optional<EvidenceField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Kinds made only by an import (they stand for rows kept elsewhere): not offered in the evidence form. */
    public boolean importedOnly() {
        return this == SIGN_IN_LOG;
    }

    /** Free-form file evidence is nothing without its file. */
    public boolean needsAttachment() {
        return this == FILE_ATTACHMENT;
    }

    /** Contact channels need at least one way of contact; other kinds mark required fields one by one. */
    public List<String> atLeastOneOf() {
        return this == CONTACT_CHANNEL ? List.of("email", "phone", "messagingHandle") : List.of();
    }

    public String messageKey() {
        return "evidence.kind." + name().toLowerCase();
    }
}
