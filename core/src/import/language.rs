//! A second language kept apart. Welsh forces and commissioners publish their responses in
//! English and Welsh; pasted whole, the Welsh half follows the English. Read as English it
//! would run into the last answer, so from the first paragraph in Welsh that follows English,
//! where the rest is Welsh too, the text is kept as it is, apart from the English draft.

/// Words common in Welsh prose and headings and not English words.
const WELSH: [&str; 60] = [
    "yr",
    "y",
    "yn",
    "ac",
    "ar",
    "gan",
    "mae",
    "wedi",
    "bod",
    "ein",
    "eich",
    "hefyd",
    "ymateb",
    "adroddiad",
    "argymhelliad",
    "argymhellion",
    "heddlu",
    "dylai'r",
    "dylai",
    "ym",
    "mis",
    "gyda",
    "fy",
    "cyn",
    "ond",
    "sy'n",
    "mae'n",
    "i'r",
    "o'r",
    "yw",
    "eu",
    "hyn",
    "ei",
    "drwy",
    "fel",
    "pob",
    "neu",
    "newydd",
    "wella",
    "sut",
    "cofnodi",
    "troseddau",
    "dechreuodd",
    "archwilio",
    "comisiynydd",
    "a'r",
    "maes",
    "gwella",
    "heddlu'r",
    "cymru",
    "trefn",
    "ni",
    "chi",
    "rydym",
    "roedd",
    "fod",
    "hwn",
    "hon",
    "dros",
    "tuag",
];

/// Whether a paragraph reads as Welsh: most of a short heading's words, or a good share of a
/// sentence's, are Welsh words.
pub fn is_welsh(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|word| !word.is_empty() && !word.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let welsh = words.iter().filter(|w| WELSH.contains(&w.as_str())).count();
    match words.len() {
        0 => false,
        1..=3 => welsh * 2 > words.len(),
        n => welsh >= 2 && welsh * 4 >= n,
    }
}

/// Where the Welsh half starts: the first Welsh paragraph after English ones, when at least
/// two thirds of the paragraphs from there on are Welsh.
pub fn second_half(paragraphs: &[&str]) -> Option<usize> {
    let english_before = |at: usize| paragraphs[..at].iter().any(|p| !is_welsh(p));
    let start = (1..paragraphs.len()).find(|&at| is_welsh(paragraphs[at]) && english_before(at))?;
    let rest = &paragraphs[start..];
    let welsh = rest.iter().filter(|p| is_welsh(p)).count();
    (welsh * 3 >= rest.len() * 2).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_paragraphs_and_headings_are_told_from_english() {
        for welsh in [
            "Ymateb",
            "Argymhelliad 1",
            "Dylai'r heddlu wella sut mae'n cofnodi troseddau.",
            "Dechreuodd drefn archwilio newydd ym mis Ebrill.",
            "Ymateb i adroddiad HMICFRS: PEEL 2023–25 – Heddlu Dyfed-Powys",
        ] {
            assert!(is_welsh(welsh), "{welsh}");
        }
        for english in [
            "Response",
            "Recommendation 1",
            "The force should improve how it records crime.",
            "A new audit regime started in April.",
            "I am pleased to say a plan is in place, and we will report on it.",
            "Dyfed-Powys Police",
        ] {
            assert!(!is_welsh(english), "{english}");
        }
    }

    #[test]
    fn the_welsh_half_starts_where_welsh_follows_english_to_the_end() {
        let text = [
            "Response",
            "We agree.",
            "Ymateb",
            "Rydym yn cytuno â'r adroddiad hwn.",
        ];
        assert_eq!(second_half(&text), Some(2));
        assert_eq!(
            second_half(&["Ymateb", "Rydym yn cytuno â'r adroddiad hwn."]),
            None
        );
        assert_eq!(
            second_half(&[
                "We agree.",
                "Ymateb",
                "More English follows here.",
                "And here too."
            ]),
            None
        );
    }
}
