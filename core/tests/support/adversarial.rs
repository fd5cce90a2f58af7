//! Adversarial single lines of about `n` bytes, each aimed at a path that once took time in
//! the square of a line's length.

pub fn lines(n: usize) -> Vec<(&'static str, String)> {
    let words = |word: &str| word.repeat(n / word.len());
    vec![
        (
            "a date looked for in a long line",
            format!("By {}", words("word ")),
        ),
        (
            "a report line with no date",
            format!("'x' published by {}", words("a ")),
        ),
        (
            "a response heading with no date",
            format!("Kent PCC response dated {}", words("a ")),
        ),
        ("item headings on one line", words("Recommendation 1: ")),
        (
            "response labels on one line",
            format!("Recommendation 1\n{}", words("Response: ")),
        ),
        ("numbers on one line", words("1. ")),
        ("one long word", "a".repeat(n)),
    ]
}
