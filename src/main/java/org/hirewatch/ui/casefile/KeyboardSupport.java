package org.hirewatch.ui.casefile;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Small keyboard fixes for the case screens. */
public final class KeyboardSupport {
    public static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    public static final KeyCombination SUBMIT_TEXT = KeyCombination.keyCombination("Shortcut+Enter");

    private KeyboardSupport() {
    }

    /**
     * A text area swallows Tab as a tab character, which traps keyboard users. Here Tab and Shift+Tab move the
     * focus as in every other field (Ctrl+Tab, which the text area already treats as traversal, is what is sent).
     */
    public static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
    }
}
