//! How the published page looks, in the preview and in the standalone page: a plain
//! public-sector page. The headings' sizes and spacing follow the level the publishing options
//! give the response heading, so whatever the level, the response heading is the largest, and
//! an item's heading has more space above it than the "Response" subheading beneath it.

const PAGE: &str = include_str!("page.css");

/// Font size and space above, for the response heading, the item and section headings, and
/// the subheadings beneath them ("Response").
const BY_DEPTH: [(&str, &str); 3] = [
    ("1.6rem", "0.6em"),
    ("1.3rem", "1.8em"),
    ("1.1rem", "1.1em"),
];

/// The page's stylesheet when the response heading is `<h{first_heading}>`.
pub fn stylesheet(first_heading: u8) -> String {
    let first = first_heading.clamp(1, 4);
    let mut css = PAGE.to_owned();
    for level in 1..=6u8 {
        let depth = usize::from(level.saturating_sub(first)).min(BY_DEPTH.len() - 1);
        let (size, space) = BY_DEPTH[depth];
        let size = if level == 1 { "2rem" } else { size };
        css.push_str(&format!(
            "h{level} {{ font-size: {size}; margin-top: {space}; }}\n"
        ));
    }
    // Written after the headings, so that the page's first block still sits at its top.
    css.push_str(".page > :first-child { margin-top: 0; }\n");
    css
}

/// A heading's space above, in the page's own pixels (`font size × em`, at 16 px a rem).
#[cfg(test)]
fn space_above(css: &str, level: u8) -> f64 {
    let rule = css
        .lines()
        .find(|line| line.starts_with(&format!("h{level} {{")))
        .expect("a rule for every level");
    let number = |after: &str, unit: &str| -> f64 {
        let from = rule.find(after).expect("the property") + after.len();
        let rest = &rule[from..];
        rest[..rest.find(unit).expect("the unit")]
            .trim()
            .parse()
            .expect("a number")
    };
    number("font-size:", "rem") * 16.0 * number("margin-top:", "em")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_items_heading_has_more_space_above_than_its_response_subheading() {
        for first in 1..=4u8 {
            let css = stylesheet(first);
            let item = space_above(&css, first + 1);
            let response = space_above(&css, first + 2);
            assert!(
                item > response * 1.4,
                "response heading h{first}: item {item} px, response {response} px"
            );
        }
    }

    #[test]
    fn the_page_has_no_styles_of_the_app_itself() {
        let css = stylesheet(2);
        for app_only in [":host", "rd-part", "/*"] {
            assert!(!css.contains(app_only), "{app_only} in {css}");
        }
    }
}
