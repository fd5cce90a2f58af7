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
