//! Vertical margins that meet collapse into one (CSS 2, 8.3.1): the largest positive margin
//! plus the most negative. The preview lays each part of the page out on its own, where its
//! margins cannot meet its neighbours', and puts back the difference.

/// Margins that have met: the largest positive one and the most negative one, in pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Margin {
    positive: f64,
    negative: f64,
}

impl Margin {
    pub fn of(pixels: f64) -> Margin {
        Margin {
            positive: pixels.max(0.0),
            negative: pixels.min(0.0),
        }
    }

    /// This margin and `other` collapsed into one.
    pub fn meet(self, other: Margin) -> Margin {
        Margin {
            positive: self.positive.max(other.positive),
            negative: self.negative.min(other.negative),
        }
    }

    pub fn pixels(self) -> f64 {
        self.positive + self.negative
    }
}

/// How far to pull a block up (a negative number) so that the gap between it and the block
/// above is what it would be if their margins met, when each keeps its own margin.
pub fn pull(above: Margin, below: Margin) -> f64 {
    above.meet(below).pixels() - (above.pixels() + below.pixels())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positive_margins_collapse_to_the_larger() {
        assert_eq!(Margin::of(17.0).meet(Margin::of(33.0)).pixels(), 33.0);
        assert_eq!(pull(Margin::of(17.0), Margin::of(33.0)), -17.0);
    }

    #[test]
    fn a_negative_margin_takes_from_the_largest_positive() {
        assert_eq!(Margin::of(16.0).meet(Margin::of(-8.0)).pixels(), 8.0);
        assert_eq!(pull(Margin::of(16.0), Margin::of(-8.0)), 0.0);
        let both_sides = Margin::of(10.0).meet(Margin::of(-4.0));
        assert_eq!(both_sides.meet(Margin::of(-6.0)).pixels(), 4.0);
        assert_eq!(both_sides.meet(Margin::of(12.0)).pixels(), 8.0);
    }

    #[test]
    fn negative_margins_collapse_to_the_most_negative() {
        assert_eq!(Margin::of(-3.0).meet(Margin::of(-9.0)).pixels(), -9.0);
        assert_eq!(pull(Margin::of(-3.0), Margin::of(-9.0)), 3.0);
    }

    #[test]
    fn meeting_is_the_same_in_any_order_or_grouping() {
        let [a, b, c] = [Margin::of(10.0), Margin::of(-4.0), Margin::of(7.0)];
        assert_eq!(a.meet(b).meet(c), c.meet(a.meet(b)));
        assert_eq!(a.meet(b.meet(c)).pixels(), 6.0);
    }

    #[test]
    fn nothing_to_pull_where_one_side_has_no_margin() {
        assert_eq!(pull(Margin::default(), Margin::of(20.0)), 0.0);
        assert_eq!(pull(Margin::of(20.0), Margin::default()), 0.0);
    }
}
