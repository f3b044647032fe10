//! Numbers as people read them: a fixed number of decimals, a decimal comma in Finnish, a
//! real minus sign, and "–" where there is no number. One definition for the worksheets, the
//! map's inspector and tables, and the exports.

use crate::i18n::Lang;

/// A number for people: `decimals` places, a decimal comma in Finnish, and "–" when there is
/// no number (never "NaN").
pub fn format_number(value: Option<f64>, decimals: usize, lang: Lang) -> String {
    match value {
        Some(v) if v.is_finite() => {
            // Avoid "-0.00" for tiny negative values.
            let v = if v.abs() < 0.5 * 10f64.powi(-(decimals as i32)) {
                0.0
            } else {
                v
            };
            let text = format!("{v:.decimals$}");
            match lang {
                Lang::Fi => text.replace('.', ",").replace('-', "−"),
                Lang::En => text.replace('-', "−"),
            }
        }
        _ => "–".to_owned(),
    }
}

/// A number with two decimals (a metric, a density, a mean) for people.
pub fn decimal(value: f64, lang: Lang) -> String {
    format_number(Some(value), 2, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_numbers_have_a_decimal_comma_and_english_ones_a_point() {
        assert_eq!(decimal(0.4567, Lang::Fi), "0,46");
        assert_eq!(decimal(0.4567, Lang::En), "0.46");
        assert_eq!(format_number(Some(3.0), 1, Lang::Fi), "3,0");
    }

    #[test]
    fn no_number_is_a_dash_and_a_tiny_negative_is_no_minus_zero() {
        assert_eq!(format_number(None, 2, Lang::En), "–");
        assert_eq!(format_number(Some(f64::INFINITY), 2, Lang::Fi), "–");
        assert_eq!(format_number(Some(-0.001), 2, Lang::En), "0.00");
        assert_eq!(format_number(Some(-1.5), 1, Lang::En), "−1.5");
    }
}
