//! Keyboard shortcuts: one table that both the key handler and the help dialog read, so the
//! help can never list a shortcut that does not work.
//!
//! Shortcuts other than saving use Alt+Shift with a letter: browsers and screen readers leave
//! those alone, while Ctrl+Shift letters are often the browser's own. Keys are matched by the
//! physical key (`KeyboardEvent.code`), since on a Mac Option+Shift+C types "Ç".

/// Something the person can do from the keyboard anywhere in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SaveNow,
    CopyHtml,
    AddItem,
    Outline,
    Checks,
    Help,
    /// Closes the open dialog or panel, returning to where the person was.
    Close,
}

/// A key pressed, as the browser reports it.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyPress<'a> {
    /// The physical key, for example "KeyS" or "Escape".
    pub code: &'a str,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    /// The ⌘ key on a Mac.
    pub meta: bool,
}

/// Which modifier keys a shortcut needs with its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifiers {
    None,
    /// Ctrl, or ⌘ on a Mac.
    Command,
    AltShift,
}

pub struct Shortcut {
    pub action: Action,
    pub modifiers: Modifiers,
    pub code: &'static str,
    /// The keys as the help dialog shows them.
    pub keys: &'static str,
    pub does: &'static str,
}

pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        action: Action::SaveNow,
        modifiers: Modifiers::Command,
        code: "KeyS",
        keys: "Ctrl + S (⌘ + S on a Mac)",
        does: "Save now (drafts also save by themselves as you type)",
    },
    Shortcut {
        action: Action::CopyHtml,
        modifiers: Modifiers::AltShift,
        code: "KeyC",
        keys: "Alt + Shift + C",
        does: "Copy the HTML for your website",
    },
    Shortcut {
        action: Action::AddItem,
        modifiers: Modifiers::AltShift,
        code: "KeyN",
        keys: "Alt + Shift + N",
        does: "Add an item at the end and go to it",
    },
    Shortcut {
        action: Action::Outline,
        modifiers: Modifiers::AltShift,
        code: "KeyO",
        keys: "Alt + Shift + O",
        does: "Open the outline to jump to a part or an item",
    },
    Shortcut {
        action: Action::Checks,
        modifiers: Modifiers::AltShift,
        code: "KeyK",
        keys: "Alt + Shift + K",
        does: "Show or hide the checks before publishing",
    },
    Shortcut {
        action: Action::Help,
        modifiers: Modifiers::AltShift,
        code: "KeyH",
        keys: "Alt + Shift + H",
        does: "Open this help",
    },
    Shortcut {
        action: Action::Close,
        modifiers: Modifiers::None,
        code: "Escape",
        keys: "Esc",
        does: "Close the open panel or dialog and go back to where you were",
    },
];

impl KeyPress<'_> {
    fn has(&self, modifiers: Modifiers) -> bool {
        match modifiers {
            Modifiers::None => !(self.ctrl || self.alt || self.shift || self.meta),
            Modifiers::Command => (self.ctrl != self.meta) && !self.alt && !self.shift,
            Modifiers::AltShift => self.alt && self.shift && !self.ctrl && !self.meta,
        }
    }
}

/// The action a key press asks for, if it is one of the shortcuts.
pub fn action_for(key: KeyPress) -> Option<Action> {
    SHORTCUTS
        .iter()
        .find(|shortcut| shortcut.code == key.code && key.has(shortcut.modifiers))
        .map(|shortcut| shortcut.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: &str) -> KeyPress<'_> {
        KeyPress {
            code,
            ..KeyPress::default()
        }
    }

    #[test]
    fn ctrl_or_command_s_saves() {
        let ctrl = KeyPress {
            ctrl: true,
            ..press("KeyS")
        };
        let command = KeyPress {
            meta: true,
            ..press("KeyS")
        };
        assert_eq!(action_for(ctrl), Some(Action::SaveNow));
        assert_eq!(action_for(command), Some(Action::SaveNow));
    }

    #[test]
    fn plain_letters_are_typing_not_shortcuts() {
        for code in ["KeyS", "KeyC", "KeyN", "KeyO", "KeyK", "KeyH"] {
            assert_eq!(action_for(press(code)), None, "{code}");
            let shifted = KeyPress {
                shift: true,
                ..press(code)
            };
            assert_eq!(action_for(shifted), None, "Shift+{code}");
        }
    }

    #[test]
    fn extra_modifiers_leave_the_browser_its_own_shortcuts() {
        // Ctrl+Shift+S and Ctrl+Alt+S are not ours; nor is Ctrl+Alt+Shift+C.
        let ctrl_shift = KeyPress {
            ctrl: true,
            shift: true,
            ..press("KeyS")
        };
        let ctrl_alt_shift = KeyPress {
            ctrl: true,
            alt: true,
            shift: true,
            ..press("KeyC")
        };
        assert_eq!(action_for(ctrl_shift), None);
        assert_eq!(action_for(ctrl_alt_shift), None);
    }

    #[test]
    fn alt_shift_letters_by_physical_key() {
        let expected = [
            ("KeyC", Action::CopyHtml),
            ("KeyN", Action::AddItem),
            ("KeyO", Action::Outline),
            ("KeyK", Action::Checks),
            ("KeyH", Action::Help),
        ];
        for (code, action) in expected {
            let key = KeyPress {
                alt: true,
                shift: true,
                ..press(code)
            };
            assert_eq!(action_for(key), Some(action), "{code}");
        }
    }

    #[test]
    fn escape_closes_only_when_pressed_alone() {
        assert_eq!(action_for(press("Escape")), Some(Action::Close));
        let shifted = KeyPress {
            shift: true,
            ..press("Escape")
        };
        assert_eq!(action_for(shifted), None);
    }

    #[test]
    fn every_action_has_exactly_one_shortcut() {
        let actions = [
            Action::SaveNow,
            Action::CopyHtml,
            Action::AddItem,
            Action::Outline,
            Action::Checks,
            Action::Help,
            Action::Close,
        ];
        for action in actions {
            let count = SHORTCUTS.iter().filter(|s| s.action == action).count();
            assert_eq!(count, 1, "{action:?}");
        }
        for (i, a) in SHORTCUTS.iter().enumerate() {
            for b in &SHORTCUTS[i + 1..] {
                assert!(
                    a.code != b.code || a.modifiers != b.modifiers,
                    "{} clashes",
                    a.keys
                );
            }
        }
    }
}
