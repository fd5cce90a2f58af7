//! The draft being edited, as signals: one per part of the page and one per item, so a
//! keystroke only wakes the part of the editor and the preview that shows it.

use drafter_core::field::Field;
use drafter_core::{
    prose, render, ChiefConstableComments, Draft, Item, Life, PublishOptions, Record, Report,
    Responder, SCHEMA_VERSION,
};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;

thread_local! {
    /// Owns the signals of the draft that is open.
    static OPEN_DRAFT_OWNER: RefCell<Option<Owner>> = const { RefCell::new(None) };
    static OPENINGS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Rendered HTML shared between the preview and nothing else; compared by pointer first.
pub type Html = Arc<str>;

#[derive(Clone, Copy)]
pub struct DraftState {
    /// Counts drafts opened in this tab, so that opening one (even the same draft, as another
    /// tab saved it) is told apart from editing it.
    pub opening: u64,
    pub id: StoredValue<String>,
    /// The stored revision this tab's copy is based on: a save expects to find it in storage.
    pub revision: StoredValue<u64>,
    /// The name the person gave the draft; empty to go by the report's title.
    pub name: RwSignal<String>,
    /// How the HTML is written for the website.
    pub publishing: RwSignal<PublishOptions>,
    pub report: RwSignal<Report>,
    pub responder: RwSignal<Responder>,
    pub introduction: RwSignal<String>,
    pub chief_constable: RwSignal<ChiefConstableComments>,
    pub items: RwSignal<Vec<ItemEntry>>,
    pub closing: RwSignal<String>,
    /// The stage, the section 55 record and the corrections.
    pub life: RwSignal<Life>,
    /// Whether the person has said that their changes to the published response are a
    /// correction. Not saved: it is asked again each time the draft is opened.
    pub correcting: RwSignal<bool>,
    /// The last item removed, kept until the next removal so it can be put back.
    pub removed: RwSignal<Option<RemovedItem>>,
    /// How many of the items the editor has drawn: a long draft's are drawn a slice at a time
    /// after it opens. Not saved: a view, not the draft.
    pub drawn_items: RwSignal<usize>,
    /// Counts changes to any item's fields, so that what follows the whole draft (saving,
    /// the checks) can subscribe to one signal rather than to every item, which on each
    /// keystroke would cost in proportion to the number of items.
    item_edits: RwSignal<u64>,
    next_key: StoredValue<u64>,
}

/// One item with a key that stays the same while it is moved, and its rendered HTML.
#[derive(Clone, Copy, PartialEq)]
pub struct ItemEntry {
    pub key: u64,
    pub item: RwSignal<Item>,
    pub html: Memo<Html>,
    /// Words the item puts on the page (the report's text and the response), counted when
    /// the item changes, so the whole response's count never re-reads every item.
    pub words: Memo<usize>,
    /// Whether the editor shows only the item's heading. Not saved: a view, not the draft.
    pub collapsed: RwSignal<bool>,
}

#[derive(Clone, Copy)]
pub struct RemovedItem {
    pub index: usize,
    pub entry: ItemEntry,
}

impl DraftState {
    /// The signals of a draft being opened. They belong to an owner of their own rather than
    /// to whichever component happened to open the draft, so closing a dialog or a panel never
    /// takes them away; the previous draft's owner is cleaned up once its views are gone.
    pub fn new(id: String, record: Record) -> DraftState {
        let Record {
            revision,
            name,
            publishing,
            draft,
            ..
        } = record;
        let opener = Owner::current();
        // A new root makes itself current; the opener stays in charge of what comes after.
        let owner = Owner::new_root(None);
        if let Some(opener) = &opener {
            opener.set();
        }
        let opening = OPENINGS.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        let state = owner.with(|| DraftState {
            opening,
            id: StoredValue::new(id),
            revision: StoredValue::new(revision),
            name: RwSignal::new(name),
            publishing: RwSignal::new(publishing),
            report: RwSignal::new(draft.report),
            responder: RwSignal::new(draft.responder),
            introduction: RwSignal::new(draft.introduction),
            chief_constable: RwSignal::new(draft.chief_constable),
            items: RwSignal::new(Vec::new()),
            closing: RwSignal::new(draft.closing),
            life: RwSignal::new(draft.life),
            correcting: RwSignal::new(false),
            removed: RwSignal::new(None),
            drawn_items: RwSignal::new(0),
            item_edits: RwSignal::new(0),
            next_key: StoredValue::new(0),
        });
        if let Some(previous) = OPEN_DRAFT_OWNER.with(|open| open.replace(Some(owner))) {
            set_timeout(move || previous.cleanup(), Duration::from_millis(50));
        }
        let entries = draft
            .items
            .into_iter()
            .map(|item| state.entry(item))
            .collect();
        state.items.set(entries);
        state
    }

    pub fn id(&self) -> String {
        self.id.get_value()
    }

    fn entry(&self, item: Item) -> ItemEntry {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        let owner = OPEN_DRAFT_OWNER.with(|open| open.borrow().clone());
        let item_edits = self.item_edits;
        let publishing = self.publishing;
        let make = move || {
            let item = RwSignal::new(item);
            Effect::new(move |first_run_done: Option<()>| {
                item.track();
                if first_run_done.is_some() {
                    item_edits.update(|count| *count += 1);
                }
            });
            let html = Memo::new(move |_| {
                publishing.with(|o| Html::from(item.with(|i| render::item_section_in(i, o))))
            });
            let words = Memo::new(move |_| {
                item.with(|i| prose::words(&i.text).count() + prose::words(&i.response).count())
            });
            ItemEntry {
                key,
                item,
                html,
                words,
                collapsed: RwSignal::new(false),
            }
        };
        match owner {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    /// The draft as it stands, read without subscribing.
    /// The items drawn on the page so far, in order (see `drawn_items`).
    pub fn drawn_entries(&self) -> Vec<ItemEntry> {
        let drawn = self.drawn_items.get();
        self.items
            .with(|items| items.iter().take(drawn).copied().collect())
    }

    pub fn snapshot(&self) -> Draft {
        Draft {
            report: self.report.get_untracked(),
            responder: self.responder.get_untracked(),
            introduction: self.introduction.get_untracked(),
            chief_constable: self.chief_constable.get_untracked(),
            items: self
                .items
                .with_untracked(|items| items.iter().map(|e| e.item.get_untracked()).collect()),
            closing: self.closing.get_untracked(),
            life: self.life.get_untracked(),
        }
    }

    /// The record to store: the draft as it stands, on the revision this tab last read.
    pub fn record(&self) -> Record {
        Record {
            schema_version: SCHEMA_VERSION,
            revision: self.revision.get_value(),
            saved_at: 0.0,
            name: self.name.get_untracked(),
            publishing: self.publishing.get_untracked(),
            draft: self.snapshot(),
        }
    }

    /// What the draft is called in lists: its name, else the report's title.
    pub fn title(&self) -> String {
        let name = self.name.with(|name| name.trim().to_owned());
        if name.is_empty() {
            self.report
                .with(|r| drafter_core::model::display_title(&r.title))
        } else {
            name
        }
    }

    /// Whether every item is drawn on the page.
    pub fn all_drawn(&self) -> bool {
        let drawn = self.drawn_items.get();
        drawn == usize::MAX || self.items.with(|items| drawn >= items.len())
    }

    /// Words the whole response puts on the page, from each item's own count; none while the
    /// items are still being drawn (see `all_drawn`), to spare the opening of a long draft.
    pub fn word_count(&self) -> usize {
        if !self.all_drawn() {
            return 0;
        }
        let own = |text: &str| prose::words(text).count();
        let fields = self.introduction.with(|t| own(t))
            + self.closing.with(|t| own(t))
            + self
                .chief_constable
                .with(|c| own(&c.comments) + own(&c.reply));
        fields
            + self
                .items
                .with(|items| items.iter().map(|e| e.words.get()).sum::<usize>())
    }

    /// Subscribes the running effect to every part of the draft, without copying any of it.
    pub fn track(&self) {
        self.name.track();
        self.publishing.track();
        self.report.track();
        self.responder.track();
        self.introduction.track();
        self.chief_constable.track();
        self.closing.track();
        self.life.track();
        self.items.track();
        self.item_edits.track();
    }

    /// Whether the response is published and the person has not said they are correcting it:
    /// then the editor is read-only.
    pub fn locked(&self) -> bool {
        self.life.with(|life| life.is_published()) && !self.correcting.get()
    }

    /// [`Self::locked`], read without subscribing.
    pub fn locked_untracked(&self) -> bool {
        self.life.with_untracked(|life| life.is_published()) && !self.correcting.get_untracked()
    }

    /// Adds an item after the last, numbered on from it; returns its key.
    pub fn add_item(&self) -> u64 {
        let last = self
            .items
            .with_untracked(|items| items.last().map(|e| e.item.get_untracked()));
        let entry = self.entry(Item::following(last.as_ref()));
        self.items.update(|items| items.push(entry));
        entry.key
    }

    /// Adds items at the end, as an import brings them.
    pub fn append_items(&self, items: Vec<Item>) {
        let entries: Vec<ItemEntry> = items.into_iter().map(|item| self.entry(item)).collect();
        self.items.update(|all| all.extend(entries));
    }

    pub fn remove_item(&self, key: u64) {
        let Some(index) = self.position(key) else {
            return;
        };
        let entry = self.items.with_untracked(|items| items[index]);
        self.items.update(|items| {
            items.remove(index);
        });
        self.removed.set(Some(RemovedItem { index, entry }));
    }

    /// Puts the last removed item back where it was; returns its key.
    pub fn undo_remove(&self) -> Option<u64> {
        let RemovedItem { index, entry } = self.removed.get_untracked()?;
        self.items
            .update(|items| items.insert(index.min(items.len()), entry));
        self.removed.set(None);
        Some(entry.key)
    }

    /// Collapses or expands every item.
    pub fn collapse_all(&self, collapsed: bool) {
        self.items.with_untracked(|items| {
            for entry in items {
                entry.collapsed.set(collapsed);
            }
        });
    }

    /// Moves an item by `offset` places, staying within the list.
    pub fn move_item(&self, key: u64, offset: isize) {
        let Some(from) = self.position(key) else {
            return;
        };
        let len = self.items.with_untracked(Vec::len);
        let to = from
            .saturating_add_signed(offset)
            .min(len.saturating_sub(1));
        if to != from {
            self.items.update(|items| {
                let entry = items.remove(from);
                items.insert(to, entry);
            });
        }
    }

    /// The key of the item at `index`, which names its fields in the editor.
    pub fn key_at(&self, index: usize) -> Option<u64> {
        self.items
            .with_untracked(|items| items.get(index).map(|e| e.key))
    }

    pub fn position(&self, key: u64) -> Option<usize> {
        self.items
            .with_untracked(|items| items.iter().position(|e| e.key == key))
    }

    /// Changes the text of a field the checks name, as the app's own fix for a finding;
    /// `change` gives the new text, or `None` to leave it. Dates are not text: left alone.
    pub fn edit_field(&self, field: Field, change: impl FnOnce(&str) -> Option<String>) {
        if let Field::Item(index, part) = field {
            let entry = self.items.with_untracked(|items| items.get(index).copied());
            if let Some(entry) = entry {
                entry.item.update(|item| {
                    let text = part.text_mut(item);
                    if let Some(new) = change(text) {
                        *text = new;
                    }
                });
            }
            return;
        }
        // The draft's own fields are held in a few signals: the text is changed in a copy of
        // the draft (the core's map of the fields finds it), then the signal holding it is set.
        let mut draft = self.snapshot();
        let Some(text) = field.text_mut(&mut draft) else {
            return; // a date
        };
        let Some(new) = change(text) else { return };
        *text = new;
        match field {
            Field::ReportTitle | Field::Inspectorate | Field::ReportLink => {
                self.report.set(draft.report)
            }
            Field::Body | Field::SignatoryName | Field::SignatoryTitle => {
                self.responder.set(draft.responder)
            }
            Field::Introduction => self.introduction.set(draft.introduction),
            Field::ChiefConstableComments
            | Field::ChiefConstableAttribution
            | Field::ChiefConstableReply => self.chief_constable.set(draft.chief_constable),
            Field::Closing => self.closing.set(draft.closing),
            Field::Item(..) | Field::ReportPublished | Field::ResponseDate => {}
        }
    }
}

/// The date fields whose text cannot be read as a date, by element id. The draft holds no
/// date for them, and whatever shows the date says it cannot be read rather than showing an
/// earlier one.
#[derive(Clone, Copy)]
pub struct UnreadableDates(RwSignal<Vec<String>>);

impl UnreadableDates {
    pub fn new() -> UnreadableDates {
        UnreadableDates(RwSignal::new(Vec::new()))
    }

    pub fn set(&self, field_id: &str, unreadable: bool) {
        let known = self
            .0
            .with_untracked(|ids| ids.iter().any(|id| id == field_id));
        if known != unreadable {
            self.0.update(|ids| {
                if unreadable {
                    ids.push(field_id.to_owned());
                } else {
                    ids.retain(|id| id != field_id);
                }
            });
        }
    }

    pub fn has(&self, field_id: &str) -> bool {
        self.0.with(|ids| ids.iter().any(|id| id == field_id))
    }
}
