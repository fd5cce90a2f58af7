//! Moving the keyboard focus where the person's attention should go.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Where the person was when a shortcut opened a panel, to go back to when it closes.
    static RETURN_TO: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

/// Remembers the focused element, for a panel opened by shortcut to give the focus back to.
pub fn remember_focus() {
    let focused = document()
        .active_element()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|element| document().body().as_ref() != Some(element));
    RETURN_TO.with(|place| place.replace(focused));
}

/// Forgets where the person was: they have moved on.
pub fn forget_focus() {
    RETURN_TO.with(|place| place.borrow_mut().take());
}

/// Focuses the remembered element, if it is still on the page; true if it could.
fn return_focus() -> bool {
    let Some(element) = RETURN_TO.with(|place| place.borrow_mut().take()) else {
        return false;
    };
    element.is_connected() && element.focus().is_ok()
}

/// Announced when something is to be focused in the form while a narrow screen shows the
/// preview instead: the page shows the form again (see `app::PaneSwitch`).
pub const SHOW_FORM: &str = "response-drafter:show-form";
/// Asks the editor to draw every item of the open draft now, not a slice at a time.
pub const DRAW_ALL_ITEMS: &str = "response-drafter:draw-all-items";

/// Scrolls an element to the middle of the screen, clear of the sticky header, and focuses it.
/// A field put away with the form on a narrow screen brings the form back first.
pub fn focus_by_id(id: &str) {
    let Some(element) = document().get_element_by_id(id) else {
        // Perhaps an item of a long draft just opened, not drawn yet: all are drawn at once,
        // and the field is looked for again once they are.
        if let Ok(event) = web_sys::Event::new(DRAW_ALL_ITEMS) {
            let _ = window().dispatch_event(&event);
        }
        let id = id.to_owned();
        request_animation_frame(move || {
            if let Some(element) = document().get_element_by_id(&id) {
                scroll_and_focus(element);
            }
        });
        return;
    };
    let put_away = element
        .closest(".workspace[data-pane='preview'] .editor-pane")
        .ok()
        .flatten()
        .is_some();
    if put_away {
        if let Ok(event) = web_sys::Event::new(SHOW_FORM) {
            let _ = window().dispatch_event(&event);
        }
        request_animation_frame(move || scroll_and_focus(element));
        return;
    }
    scroll_and_focus(element);
}

fn scroll_and_focus(element: web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Takes the focus to the draft's first field, or, for a published response locked against
/// changes, to the question that unlocks it.
pub fn focus_draft() {
    let enabled = |id: &str| {
        document()
            .get_element_by_id(id)
            .is_some_and(|field| !field.matches(":disabled").unwrap_or(true))
    };
    if enabled(crate::ids::REPORT_TITLE) {
        focus_by_id(crate::ids::REPORT_TITLE);
    } else {
        focus_by_id(crate::ids::CORRECTION_BUTTON);
    }
}

/// Focuses an element once the change that creates it has reached the page.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}

/// Closes a panel that opened a draft, and takes the focus to the draft's first field, in view:
/// the person's place is now the draft, not the panel or the button that opened it.
pub fn close_panel_to_draft(open: RwSignal<bool>, first_field: &'static str) {
    open.set(false);
    forget_focus();
    focus_after_render(first_field.to_owned());
}

/// Closes a panel and returns the focus to where the person was when a shortcut opened it,
/// else to the button that opens it.
pub fn close_panel(open: RwSignal<bool>, button_id: &str) {
    open.set(false);
    if return_focus() {
        return;
    }
    if document().get_element_by_id(button_id).is_some() {
        focus_button(button_id);
    } else {
        // A button shown only while its panel is closed (the conflict notice's) is on the
        // page once the change has been drawn.
        let button_id = button_id.to_owned();
        request_animation_frame(move || focus_button(&button_id));
    }
}

/// Focuses the button of a panel, or, where it cannot take the focus, the menu that holds it.
fn focus_button(button_id: &str) {
    if let Some(button) = document().get_element_by_id(button_id) {
        let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
    }
    focus_menu_unless_on(button_id);
}

fn focus_menu_unless_on(button_id: &str) {
    // On a phone the panel's button is inside the closed menu and cannot take the focus:
    // the menu's own button, which opened the way to it, takes it instead.
    let landed = document()
        .active_element()
        .is_some_and(|active| active.id() == button_id);
    if !landed {
        if let Some(menu) = document().get_element_by_id(crate::ids::MENU_BUTTON) {
            let _ = menu.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}

/// Brings a panel that has just opened into view and gives it the focus, once it is drawn, so
/// the keyboard and the screen reader start there.
pub fn focus_when_opened(panel: NodeRef<leptos::html::Section>) {
    Effect::new(move |_| {
        if let Some(panel) = panel.get() {
            request_animation_frame(move || {
                panel.scroll_into_view();
                let _ = panel.focus();
            });
        }
    });
}
