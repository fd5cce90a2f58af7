//! Import text: paste last year's response, a Word draft or a report's recommendations, see
//! what was recognised and how it will look, then make it a new draft or add its items to the
//! open one.

use crate::drafts::session::Session;
use crate::ids;
use crate::panel::{Panel, PanelKind};
use crate::platform::clock::today;
use crate::platform::focus::{close_panel, close_panel_to_draft};
use crate::platform::timing::Pending;
use crate::platform::worker;
use crate::preview::show_page;
use drafter_core::import::tree::{Tree, TreeNode};
use drafter_core::import::{Imported, Mark};
use drafter_core::protocol::{self, Reply};
use drafter_core::render;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

mod pdf;

/// How many paragraphs' marks are shown before the person asks for all of them.
const FIRST_ROWS: usize = 200;

/// How long after typing in the box the import is read again.
const READ_DELAY_MS: u32 = 300;

thread_local! {
    static PENDING_READ: Pending = const { Pending::new() };
}

/// Pasted HTML, parsed by the browser (which runs none of its scripts), as data for the
/// worker to import: each node's tag, text and link.
fn html_tree(html: &str) -> Option<Tree> {
    let parser = web_sys::DomParser::new().ok()?;
    let document = parser
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .ok()?;
    let body: web_sys::Node = document.body()?.into();
    let mut tree = Tree::default();
    // Walked with a stack of its own, so no depth of nesting runs out of the page's.
    let mut stack = vec![(body, None)];
    while let Some((node, parent)) = stack.pop() {
        let element = node.dyn_ref::<web_sys::Element>();
        let at = tree.push(
            parent,
            TreeNode {
                tag: element.map(|e| e.local_name().to_ascii_lowercase()),
                text: (node.node_type() == web_sys::Node::TEXT_NODE)
                    .then(|| node.node_value())
                    .flatten(),
                href: element.and_then(|e| e.get_attribute("href")),
                children: Vec::new(),
            },
        );
        let children = node.child_nodes();
        // Pushed last first, so that they are taken, and numbered, in the page's order.
        for index in (0..children.length()).rev() {
            if let Some(child) = children.item(index) {
                stack.push((child, Some(at)));
            }
        }
    }
    Some(tree)
}

/// What a question to the worker was for.
#[derive(Clone, Copy)]
enum Asked {
    Pasted,
    Remarked,
}

/// Reads a report's PDF: its text by pdf.js, page by page into `status`, then its draft by the
/// worker (through `ask`, which gives `None` when a newer question has been asked since).
async fn read_pdf<F>(
    file: &web_sys::File,
    signal: &web_sys::AbortSignal,
    status: RwSignal<PdfStatus>,
    ask: impl Fn(String) -> F,
) -> Option<Result<(Imported, String), pdf::Failure>>
where
    F: std::future::Future<Output = Option<Result<Reply, worker::Unavailable>>>,
{
    let name = file.name();
    status.try_set(PdfStatus::Reading {
        name: name.clone(),
        page: 0,
        pages: 0,
    });
    let progress_signal = signal.clone();
    // The panel may be closed while the file is read: its state is then gone, hence `try_`.
    // A page read after the person stopped is not counted.
    let progress = move |page, pages| {
        if !progress_signal.aborted() {
            status.try_set(PdfStatus::Reading {
                name: name.clone(),
                page,
                pages,
            });
        }
    };
    let text = match pdf::text(file, progress, signal).await {
        Ok(text) => text,
        Err(failure) => return Some(Err(failure)),
    };
    let reply = ask(protocol::read_report_request(&text.json)).await?;
    let imported = match reply {
        Ok(Reply::Imported { imported }) => imported,
        Ok(Reply::Unreadable { problem }) => return Some(Err(pdf::Failure::Unreadable(problem))),
        _ => return Some(Err(pdf::Failure::Unavailable)),
    };
    let mut note = match text.pages {
        1 => "1 page read".to_owned(),
        n => format!("{n} pages read"),
    };
    if text.unreadable > 0 {
        note.push_str(&format!(
            "; {} could not be read and were left out",
            text.unreadable
        ));
    }
    if text.of > text.pages {
        note.push_str(&format!(
            "; only the first {} of its {} pages were read",
            text.pages, text.of
        ));
    }
    Some(Ok((*imported, format!("{note}."))))
}

/// Where reading a report's PDF has got to.
#[derive(Debug, Clone, PartialEq)]
enum PdfStatus {
    Idle,
    Reading { name: String, page: u32, pages: u32 },
    Read { name: String, note: String },
    Failed(String),
}

#[component]
pub fn ImportDialog(
    session: Session,
    open: RwSignal<bool>,
    pdf: RwSignal<Option<web_sys::File>, LocalStorage>,
) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    let preview = NodeRef::<leptos::html::Div>::new();
    let imported: RwSignal<Option<Arc<Imported>>> = RwSignal::new(None);
    // The marks the person chose, by paragraph; a new paste starts again from the recogniser's.
    let chosen: RwSignal<Vec<Option<Mark>>> = RwSignal::new(Vec::new());
    // Counts the pastes, so the paragraphs' rows are made anew for each.
    let paste = RwSignal::new(0u64);
    // The title the person chose from those the text could mean, and whether to record the
    // response as already published; both start again with each paste.
    let title_choice: RwSignal<Option<String>> = RwSignal::new(None);
    let record_published: RwSignal<Option<bool>> = RwSignal::new(None);
    // The paragraphs listed for marking: all of pasted text, a report's findings and title.
    let rows: RwSignal<Vec<usize>> = RwSignal::new(Vec::new());
    let pdf_status = RwSignal::new(PdfStatus::Idle);
    let stopper: StoredValue<Option<web_sys::AbortController>, LocalStorage> =
        StoredValue::new_local(None);
    // Set when the worker cannot be reached, with what to do.
    let unavailable = RwSignal::new(false);
    let show = move |result: Option<Imported>, from_report: bool| {
        chosen.set(Vec::new());
        title_choice.set(None);
        record_published.set(None);
        rows.set(match &result {
            Some(result) if from_report => result
                .paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| p.mark != Mark::LeftOut)
                .map(|(index, _)| index)
                .collect(),
            Some(result) => (0..result.paragraphs.len()).collect(),
            None => Vec::new(),
        });
        paste.update(|n| *n += 1);
        imported.set(result.map(Arc::new));
    };
    // Each question to the worker is numbered: an answer to one asked before the latest is
    // no longer wanted (the person has pasted again, or marked another paragraph).
    let asked: StoredValue<u64> = StoredValue::new(0);
    let ask = move |request: String| async move {
        let number = asked.try_update_value(|n| {
            *n += 1;
            *n
        })?;
        let reply = worker::ask(&request).await;
        (asked.try_get_value() == Some(number)).then_some(reply)
    };
    // Pasted text or HTML, or marks changed: the worker's import shown.
    let import = move |request: String, kind: Asked| {
        leptos::task::spawn_local(async move {
            let Some(reply) = ask(request).await else {
                return;
            };
            unavailable.try_set(!matches!(reply, Ok(Reply::Imported { .. })));
            if let Ok(Reply::Imported { imported: result }) = reply {
                match kind {
                    Asked::Pasted => show(Some(*result), false),
                    Asked::Remarked => {
                        imported.try_set(Some(Arc::new(*result)));
                    }
                }
            }
        });
    };
    let stop_reading = move || {
        if let Some(stopper) = stopper.try_update_value(Option::take).flatten() {
            stopper.abort();
        }
    };
    // A PDF chosen or dropped: read it, showing the pages as they are read.
    Effect::new(move |_| {
        let Some(file) = pdf.get() else { return };
        pdf.set(None);
        stop_reading();
        let Ok(controller) = web_sys::AbortController::new() else {
            return;
        };
        let signal = controller.signal();
        stopper.set_value(Some(controller));
        show(None, false);
        leptos::task::spawn_local(async move {
            let name = file.name();
            let outcome = read_pdf(&file, &signal, pdf_status, ask).await;
            if signal.aborted() {
                // Stopped by the person (the panel still open) or by closing the panel.
                let stopped = matches!(pdf_status.try_get_untracked(),
                    Some(PdfStatus::Reading { name: reading, .. }) if reading == name);
                if stopped {
                    pdf_status.try_set(PdfStatus::Failed(pdf::Failure::Cancelled.message(&name)));
                }
                return;
            }
            stopper.try_set_value(None);
            match outcome {
                Some(Ok((result, note))) => {
                    show(Some(result), true);
                    pdf_status.try_set(PdfStatus::Read { name, note });
                }
                Some(Err(failure)) => {
                    pdf_status.try_set(PdfStatus::Failed(failure.message(&name)));
                }
                // A newer question was asked meanwhile: this one's answer is not wanted.
                None => {}
            }
        });
    });
    on_cleanup(stop_reading);
    // When a response dated in the past is pasted, it may be one already published: asked,
    // with the answer the text gives ("This response is published on…") chosen to begin with.
    let published_question = move || {
        imported.with(|i| {
            let i = i.as_ref().filter(|i| i.too_large.is_none())?;
            let today = today()?;
            let date = i
                .draft
                .responder
                .response_date
                .filter(|date| *date < today)?;
            Some((date, i.says_published.clone()))
        })
    };
    let is_recorded_published = move || {
        record_published
            .get()
            .unwrap_or_else(|| published_question().is_some_and(|(_, says)| says.is_some()))
    };
    // The draft as it will be made: the title chosen, and published if the person says so.
    let to_create = move || -> Option<drafter_core::Draft> {
        let result = imported.get_untracked().filter(|r| r.too_large.is_none())?;
        let mut draft = result.draft.clone();
        if let Some(title) = title_choice.get_untracked() {
            draft.report.title = title;
        }
        if let (Some((date, says)), true) = (published_question(), is_recorded_published()) {
            draft.life.publish(date, says.as_deref().unwrap_or(""));
        }
        Some(draft)
    };
    // Opened to paste, the box has the focus; opened for a PDF, the panel, where its pages
    // are counted as they are read.
    let for_pdf = pdf.with_untracked(Option::is_some);
    Effect::new(move |_| {
        let Some(area) = area.get() else { return };
        if for_pdf {
            // Once the panel is on the page.
            request_animation_frame(|| {
                let panel = document().get_element_by_id(PanelKind::Import.section_id());
                if let Some(panel) = panel.and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = panel.focus();
                }
            });
        } else {
            let _ = area.focus();
        }
    });
    Effect::new(move |_| {
        let chosen_title = title_choice.get();
        let html = imported.with(|i| {
            i.as_ref()
                .filter(|i| i.too_large.is_none())
                .map(|i| match &chosen_title {
                    Some(title) => {
                        let mut draft = i.draft.clone();
                        draft.report.title = title.clone();
                        render(&draft)
                    }
                    None => render(&i.draft),
                })
        });
        if let (Some(host), Some(html)) = (preview.get(), html) {
            show_page(&host, &html);
        }
    });
    let read_text = move |text: String| {
        pdf_status.set(PdfStatus::Idle);
        if text.trim().is_empty() {
            // Nothing pasted: no answer still to come is wanted.
            asked.update_value(|n| *n += 1);
            show(None, false);
        } else {
            import(protocol::import_text_request(&text), Asked::Pasted);
        }
    };
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        let text = data.get_data("text/plain").unwrap_or_default();
        if html.trim().is_empty() {
            return; // Plain text: the box takes it, and the input event reads it.
        }
        // Rich text keeps its headings and lists: read from the HTML, show its plain text.
        ev.prevent_default();
        PENDING_READ.with(Pending::cancel);
        if let Some(area) = area.get_untracked() {
            area.set_value(&text);
        }
        match html_tree(&html) {
            Some(tree) => {
                pdf_status.set(PdfStatus::Idle);
                import(protocol::import_html_request(&tree), Asked::Pasted);
            }
            None => read_text(text),
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        PENDING_READ.with(|pending| pending.start(READ_DELAY_MS, move || read_text(text)));
    };
    let close = move || {
        PENDING_READ.with(Pending::cancel);
        stop_reading();
        close_panel(open, PanelKind::Import.button_id());
    };
    let create = move |_| {
        if let Some(draft) = to_create() {
            // A response recorded as published opens locked: the place to start is the
            // question that unlocks it for a correction.
            let first = if draft.life.is_published() {
                ids::CORRECTION_BUTTON
            } else {
                ids::REPORT_TITLE
            };
            session.create_from_import(draft);
            PENDING_READ.with(Pending::cancel);
            close_panel_to_draft(open, first);
        }
    };
    let add = move |_| {
        if let Some(result) = imported.get_untracked().filter(|r| r.too_large.is_none()) {
            session.add_imported_items(result.draft.items.clone());
            close();
        }
    };
    let remark = move |index: usize, mark: Mark| {
        chosen.update(|chosen| {
            if chosen.len() <= index {
                chosen.resize(index + 1, None);
            }
            chosen[index] = Some(mark);
        });
        let request = chosen.with_untracked(|chosen| protocol::remark_request(chosen));
        import(request, Asked::Remarked);
    };
    // A paste too large for a draft makes nothing, and says why.
    let usable = move || imported.with(|i| i.as_ref().is_some_and(|i| i.too_large.is_none()));
    let item_count = move || {
        imported.with(|i| {
            i.as_ref()
                .filter(|i| i.too_large.is_none())
                .map_or(0, |i| i.draft.items.len())
        })
    };
    let open_title = move || session.open.current.with(|state| state.title());
    // A published response takes no new items until the person says they are correcting it.
    let open_locked = move || session.open.current.with(|state| state.locked());
    view! {
        <Panel kind=PanelKind::Import focuses_itself=true>
            <p class="hint" id="import-hint">
                "Open the inspection report’s PDF, or paste last year’s response, a draft from Word or a web page, or the report’s list of recommendations. The report line, dates, introduction, each item and its response are picked out; anything not recognised goes into the introduction or closing, so nothing you paste is lost."
            </p>
            <PdfButton pdf />
            <PdfProgress status=pdf_status stop=stop_reading />
            <Show when=move || unavailable.get()>
                <p class="error-message" role="alert">
                    "The import could not be started in this browser. Reload the page and paste again; nothing has been changed."
                </p>
            </Show>
            <label for=ids::IMPORT_TEXT>"Text to import"</label>
            <textarea
                id=ids::IMPORT_TEXT
                node_ref=area
                rows=10
                aria-describedby="import-hint"
                on:paste=on_paste
                on:input=on_input
            ></textarea>
            {move || imported.get().map(|result| match &result.too_large {
                Some(problem) => view! {
                    <div class="import-result">
                        <div role="status" class="import-summary">
                            <p class="error-message">{problem.to_string()}</p>
                        </div>
                    </div>
                }.into_any(),
                None => view! {
                <div class="import-result">
                    <div role="status" class="import-summary">
                        <h3>"Recognised"</h3>
                        <ul>{result.found.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                        {(!result.missing.is_empty()).then(|| view! {
                            <h3>"Not found"</h3>
                            <ul>{result.missing.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                        })}
                    </div>
                    <TitleChoice found=result.draft.report.title.clone() candidates=result.title_candidates.clone() choice=title_choice />
                </div>
            }.into_any()})}
            {move || published_question().map(|(date, says)| view! {
                <fieldset class="import-published">
                    <legend>"Is this response already published?"</legend>
                    {says.is_some().then(|| view! { <p class="hint">"The text says the response is published."</p> })}
                    <label class="choice">
                        <input type="radio" name="import-published" prop:checked=is_recorded_published on:change=move |_| record_published.set(Some(true)) />
                        {format!("Yes: record it as published on {}", drafter_core::dates::uk_long(date))}
                    </label>
                    <label class="choice">
                        <input type="radio" name="import-published" prop:checked=move || !is_recorded_published() on:change=move |_| record_published.set(Some(false)) />
                        "No: it is still a draft"
                    </label>
                </fieldset>
            })}
            <Show when=usable>
                <ParagraphMarks imported paste rows remark />
            </Show>
            <div class="import-preview" hidden=move || !usable()>
                <h3 id="import-preview-heading">"How it will look"</h3>
                <div class="preview-host" role="region" aria-labelledby="import-preview-heading" node_ref=preview></div>
            </div>
            <div class="import-actions">
                <button type="button" class="primary" disabled=move || !usable() on:click=create>
                    "Create a new draft from this"
                </button>
                <button type="button" disabled=move || item_count() == 0 || open_locked() on:click=add>
                    {move || match item_count() {
                        0 => format!("Add its items to “{}”", open_title()),
                        1 => format!("Add its item to “{}”", open_title()),
                        n => format!("Add its {n} items to “{}”", open_title()),
                    }}
                </button>
                <button type="button" on:click=move |_| close()>{PanelKind::Import.close_label()}</button>
            </div>
            <Show when=open_locked>
                <p class="hint">{move || format!("“{}” is published: to add items to it, first say in the form that you are making a correction.", open_title())}</p>
            </Show>
        </Panel>
    }
}

/// The report's title as found, with the other titles the text could mean, to choose from: a
/// title found from weak signals may be wrong, and none may have been found.
#[component]
fn TitleChoice(
    found: String,
    candidates: Vec<String>,
    choice: RwSignal<Option<String>>,
) -> impl IntoView {
    let others: Vec<String> = candidates.into_iter().filter(|c| *c != found).collect();
    (!others.is_empty()).then(|| {
        let found_label = if found.is_empty() {
            "No title (enter it in the draft)".to_owned()
        } else {
            found.clone()
        };
        view! {
            <div class="import-title-choice">
                <label for="import-title-choice">"Report title"</label>
                <select id="import-title-choice" on:change:target=move |ev| {
                    let value = ev.target().value();
                    choice.set(Some(value));
                }>
                    <option value=found.clone() selected=true>{found_label}</option>
                    {others.into_iter().map(|title| view! { <option value=title.clone()>{title.clone()}</option> }).collect_view()}
                </select>
            </div>
        }
    })
}

/// The pasted text paragraph by paragraph, each with what it will become, to put right what
/// was not recognised. The rows stay as they are while marks change, so the focus stays put.
#[component]
fn ParagraphMarks(
    imported: RwSignal<Option<Arc<Imported>>>,
    paste: RwSignal<u64>,
    rows: RwSignal<Vec<usize>>,
    remark: impl Fn(usize, Mark) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let all = move || imported.with(|i| i.as_ref().map_or(0, |i| i.paragraphs.len()));
    let count = move || rows.with(Vec::len);
    // A report's own prose is left out and not listed, until the person asks to see it.
    let unlisted = move || all() - count();
    // A very long paste shows its first paragraphs until asked for all, so that reading it
    // does not hold up the page.
    let shown = RwSignal::new(FIRST_ROWS);
    let hidden_rows = move || count() > shown.get();
    let mark_of = move |index: usize| {
        imported.with(|i| {
            i.as_ref()
                .and_then(|i| i.paragraphs.get(index))
                .map(|p| p.mark.clone())
        })
    };
    view! {
        <section class="import-marks" aria-labelledby="import-marks-heading">
            <h3 id="import-marks-heading">"What each paragraph becomes"</h3>
            <p class="hint">"Change any that were not recognised: the preview and the draft follow."</p>
            <ol>
                <For each=move || { let paste = paste.get(); rows.with(|rows| rows.iter().take(shown.get()).map(|index| (paste, *index)).collect::<Vec<_>>()) } key=|row| *row let:row>
                    {
                        let index = row.1;
                        let paragraph = imported.with_untracked(|i| {
                            i.as_ref().and_then(|i| i.paragraphs.get(index)).cloned()
                        });
                        paragraph.map(|paragraph| {
                            let choices = Mark::choices_with(&paragraph.mark);
                            let options = choices.clone();
                            let id = format!("import-mark-{index}");
                            let text_id = format!("import-mark-text-{index}");
                            view! {
                                <li class:chosen=move || imported.with(|i| i.as_ref().and_then(|i| i.paragraphs.get(index)).is_some_and(|p| p.chosen))>
                                    <label class="visually-hidden" for=id.clone()>{format!("Paragraph {}", index + 1)}</label>
                                    <select
                                        id=id
                                        aria-describedby=text_id.clone()
                                        prop:value=move || mark_of(index).map(|m| m.code()).unwrap_or_default()
                                        on:change:target=move |ev| {
                                            if let Some(mark) = Mark::from_code(&ev.target().value(), &choices) {
                                                remark(index, mark);
                                            }
                                        }
                                    >
                                        {options.iter().map(|mark| view! {
                                            <option value=mark.code()>{mark.label()}</option>
                                        }).collect_view()}
                                    </select>
                                    <p id=text_id class="import-mark-text">{paragraph.text()}</p>
                                </li>
                            }
                        })
                    }
                </For>
            </ol>
            <Show when=hidden_rows>
                <button type="button" on:click=move |_| shown.set(usize::MAX)>
                    {move || format!("Show all {} paragraphs", count())}
                </button>
            </Show>
            <Show when=move || { unlisted() > 0 }>
                <button type="button" on:click=move |_| {
                    rows.set((0..all()).collect());
                    paste.update(|n| *n += 1);
                }>
                    {move || match unlisted() {
                        1 => "Show the 1 paragraph left out".to_owned(),
                        n => format!("Show the {n} paragraphs left out (the report’s own text)"),
                    }}
                </button>
            </Show>
        </section>
    }
}

/// Opens a report's PDF: the file is chosen here and read in this panel. (Dropping it anywhere
/// on the page does the same.)
#[component]
fn PdfButton(pdf: RwSignal<Option<web_sys::File>, LocalStorage>) -> impl IntoView {
    let chooser = NodeRef::<leptos::html::Input>::new();
    view! {
        <div class="pdf-open">
            <button type="button" id=ids::PDF_BUTTON aria-describedby="pdf-open-hint" on:click=move |_| {
                if let Some(chooser) = chooser.get_untracked() {
                    chooser.click();
                }
            }>
                "Open a report PDF…"
            </button>
            <span class="hint" id="pdf-open-hint">"Reads the inspection report’s findings from its PDF, in this browser: the file is sent nowhere. You can also drop the PDF anywhere on the page."</span>
            <input
                type="file"
                accept=".pdf,application/pdf"
                hidden
                aria-label="Report PDF"
                node_ref=chooser
                on:change:target=move |ev| {
                    let input = ev.target();
                    if let Some(file) = input.files().and_then(|files| files.get(0)) {
                        pdf.set(Some(file));
                    }
                    // The same file chosen again is read again.
                    input.set_value("");
                }
            />
        </div>
    }
}

/// Reading a PDF: the page reached and a way to stop, then what was read or why it could not
/// be.
#[component]
fn PdfProgress(
    status: RwSignal<PdfStatus>,
    stop: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        match status.get() {
        PdfStatus::Idle => None,
        PdfStatus::Reading { name, page, pages } => Some(view! {
            <div class="pdf-progress" role="status">
                <label for="pdf-progress">
                    {if pages == 0 { format!("Opening “{name}”…") } else { format!("Reading “{name}”: page {page} of {pages}") }}
                </label>
                <progress id="pdf-progress" max=pages.max(1) value=page></progress>
                <button type="button" on:click=move |_| stop()>"Stop reading"</button>
            </div>
        }.into_any()),
        PdfStatus::Read { name, note } => Some(view! {
            <p class="pdf-read" role="status">{format!("Read from “{name}”: {note}")}</p>
        }.into_any()),
        PdfStatus::Failed(message) => Some(view! {
            <p class="error-message pdf-failed" role="alert">{message}</p>
        }.into_any()),
    }
    }
}
