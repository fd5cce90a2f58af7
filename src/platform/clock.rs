//! Today's date, as the browser's clock and time zone give it.

use drafter_core::dates;

pub fn today() -> Option<time::Date> {
    let now = js_sys::Date::new_0();
    dates::from_calendar(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// A saved time as the person's clock shows it, e.g. "14:05".
pub fn time_of_day(millis: f64) -> String {
    local(millis, &[("timeStyle", "short")])
}

/// A saved date and time, e.g. "29 November 2026 at 14:05".
pub fn date_and_time(millis: f64) -> String {
    local(millis, &[("dateStyle", "long"), ("timeStyle", "short")])
}

fn local(millis: f64, style: &[(&str, &str)]) -> String {
    let options = js_sys::Object::new();
    for (key, value) in style {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    js_sys::Date::new(&millis.into())
        .to_locale_string("en-GB", &options)
        .into()
}
