//! Identities that outlive edits: each item's, so two versions or two copies of a draft can
//! tell an item moved or rewritten from one added or removed; and each version's, so two
//! copies of a draft can find the last version they share.

use crate::model::Draft;
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};

/// Where the next item id comes from. The browser seeds it once with randomness at start, so
/// items made in two browsers never share an id; natively it starts from a fixed value, which
/// still gives every item made in one run an id of its own.
static NEXT: AtomicU64 = AtomicU64::new(0x2545_f491_4f6c_dd1d);
const GOLDEN_GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

/// Seeds the item ids with some entropy, once at start.
pub fn seed_item_ids(entropy: u64) {
    NEXT.store(entropy, Ordering::Relaxed);
}

/// A new item id: 16 hexadecimal digits, different each call. (SplitMix64: each call steps a
/// counter and scrambles it, so ids never repeat within a run and spread evenly across runs.)
pub fn new_item_id() -> String {
    let mut z = NEXT
        .fetch_add(GOLDEN_GAMMA, Ordering::Relaxed)
        .wrapping_add(GOLDEN_GAMMA);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    format!("{:016x}", z ^ (z >> 31))
}

/// Gives every item an id of its own. An item stored before items had ids gets one from its
/// place (`place-3`), the same each time the draft is read, so versions and copies of an old
/// draft still match item by item; one that shares an id with an item before it (a file edited
/// by hand, say) gets a new one.
pub fn make_item_ids_unique(draft: &mut Draft) {
    let mut seen = HashSet::with_capacity(draft.items.len());
    for (place, item) in draft.items.iter_mut().enumerate() {
        if item.id.trim().is_empty() {
            item.id = format!("place-{}", place + 1);
        }
        while !seen.insert(item.id.clone()) {
            item.id = new_item_id();
        }
    }
}

/// The CRC-64 of the draft's stored form, as 16 hexadecimal digits: the same draft gives the
/// same fingerprint in every browser, so a copy's version can be found in this browser's
/// history without the two having shared anything but the draft.
pub fn fingerprint(draft: &Draft) -> String {
    const CRC: crc::Crc<u64, crc::Table<1>> = crc::Crc::<u64, crc::Table<1>>::new(&crc::CRC_64_XZ);
    let json = serde_json::to_vec(draft).expect("a draft always serialises");
    format!("{:016x}", CRC.checksum(&json))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::new_draft;

    #[test]
    fn item_ids_do_not_repeat() {
        let ids: HashSet<String> = (0..10_000).map(|_| new_item_id()).collect();
        assert_eq!(ids.len(), 10_000);
        assert!(ids.iter().all(|id| id.len() == 16));
    }

    #[test]
    fn missing_and_repeated_item_ids_are_replaced_and_the_rest_kept() {
        let mut draft = new_draft();
        draft.items.push(draft.next_item());
        draft.items.push(draft.next_item());
        let first = draft.items[0].id.clone();
        draft.items[1].id = first.clone();
        draft.items[2].id = " ".into();
        make_item_ids_unique(&mut draft);
        assert_eq!(draft.items[0].id, first);
        assert_ne!(draft.items[1].id, first);
        assert_eq!(draft.items[1].id.len(), 16);
        // By its place, so the same old draft read twice gives the same ids.
        assert_eq!(draft.items[2].id, "place-3");
    }

    #[test]
    fn items_stored_without_ids_get_the_same_ids_at_each_reading() {
        let draft = new_draft();
        let json = serde_json::to_string(&draft)
            .unwrap()
            .replace(&format!("\"id\":\"{}\",", draft.items[0].id), "");
        let read = |json: &str| {
            let mut draft: Draft = serde_json::from_str(json).unwrap();
            make_item_ids_unique(&mut draft);
            draft.items[0].id.clone()
        };
        assert_eq!(read(&json), "place-1");
        assert_eq!(read(&json), read(&json));
    }

    #[test]
    fn a_fingerprint_follows_the_content() {
        let draft = new_draft();
        let mut copy: Draft =
            serde_json::from_str(&serde_json::to_string(&draft).unwrap()).unwrap();
        assert_eq!(fingerprint(&copy), fingerprint(&draft));
        copy.introduction = "Changed.".into();
        assert_ne!(fingerprint(&copy), fingerprint(&draft));
    }
}
