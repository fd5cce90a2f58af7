//! The built-in guide: the duty the response answers, how to draft one here, the keyboard
//! shortcuts, and what happens to the drafts. Also the welcome shown on a first visit.

use crate::panel::{CloseButton, Panel, PanelKind};
use drafter_core::shortcuts::SHORTCUTS;
use leptos::prelude::*;

#[component]
pub fn HelpPanel() -> impl IntoView {
    view! {
        <Panel kind=PanelKind::Help close_at_top=true>
            <h3>"The duty you are meeting"</h3>
            <p>
                "When His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) publishes a report about your police force, section 55 of the Police Act 1996 says the police and crime commissioner must write comments on it. Mayors and police, fire and crime commissioners who hold the commissioner’s role have the same duty."
            </p>
            <ul>
                <li>"Publish your comments within 56 days, beginning with the day the report was published. The strip above the form shows the last day."</li>
                <li>"Invite the chief constable to comment. If they do, publish their comments with yours, and your reply to them."</li>
                <li>"Say what has been done, or will be done, about each recommendation addressed to your force, or explain why nothing will be done."</li>
                <li>"Send a copy to the inspectorate and to the Home Secretary."</li>
            </ul>
            <h3>"Drafting a response, step by step"</h3>
            <ol>
                <li>"Start a new draft, or use “Import text” to paste the report’s recommendations and areas for improvement, which become items."</li>
                <li>"Fill in the report’s title and the date it was published. Dates can be typed as you would write them, for example 12 June 2025 or 12/6/2025."</li>
                <li>"Write the introduction, then a response to each item. The preview beside the form shows the page as it will be published."</li>
                <li>"Open “Checks” to see what is missing before you publish: unanswered items, dates, the chief constable’s comments."</li>
                <li>"Use “Copy HTML” and paste it into your website’s editor: a visual editor keeps the headings, lists and links, and its source or HTML view gets the HTML code. “Publish…” has plain text, Markdown, a web page and a Word document."</li>
                <li>"Under “Stage and section 55 record”, set the stage as the response goes to the chief constable, for sign-off and out, mark it published, and note the day each step the law asks for was done. “Add to calendar” puts the last day in your calendar."</li>
                <li>"“Versions” keeps earlier versions of the draft, by themselves and by name (“Sent to the chief constable”), to see what changed between any two and to go back to one."</li>
                <li>"To have a colleague edit a copy, export the draft from “All drafts” and send them the file. When they send it back, import it: where both of you changed the draft, their changes are merged into yours, and where you both changed the same sentence you choose which to keep."</li>
            </ol>
            <h3>"Keyboard shortcuts"</h3>
            <table class="shortcuts">
                <thead>
                    <tr>
                        <th scope="col">"Keys"</th>
                        <th scope="col">"What they do"</th>
                    </tr>
                </thead>
                <tbody>
                    {SHORTCUTS
                        .iter()
                        .map(|shortcut| view! {
                            <tr>
                                <td><kbd>{shortcut.keys}</kbd></td>
                                <td>{shortcut.does}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p>"Everything else works with Tab, Shift + Tab, Enter and Space. In a long response, “Collapse all” leaves only each item’s heading, and the outline jumps straight to an item."</p>
            <h3>"Where your drafts are kept"</h3>
            <p>
                "Drafts are saved in this browser as you type, and nothing is sent anywhere. Another browser or computer will not see them: use “All drafts” to export them to a file as a backup, or to move them."
            </p>
            <CloseButton kind=PanelKind::Help />
        </Panel>
    }
}

/// On a first visit: what the tool is for, and the way to the guide.
#[component]
/// Offered on every visit until the person puts it away.
pub fn Welcome(help: RwSignal<bool>) -> impl IntoView {
    let shown = RwSignal::new(true);
    let put_away = move || {
        shown.set(false);
        crate::platform::storage::dismiss_welcome();
    };
    view! {
        <Show when=move || shown.get()>
            <section class="welcome" aria-labelledby="welcome-heading">
                <h2 id="welcome-heading">"Welcome to Response Drafter"</h2>
                <p>
                    "Draft your comments on an HMICFRS inspection report, check them against the law’s requirements, and copy them for your website. Your drafts stay in this browser."
                </p>
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| {
                        put_away();
                        help.set(true);
                    }
                >
                    "Read the short guide"
                </button>
                <button type="button" aria-label="Dismiss the welcome" on:click=move |_| put_away()>"Dismiss"</button>
            </section>
        </Show>
    }
}
