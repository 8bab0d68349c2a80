//! Text folding for matching what people type against what the plan holds:
//! "  HỌ VÀ  TÊN " and "ho va ten" are the same header, "Sở Tài chính" and
//! "so tai chinh" the same unit, and "nguyen" finds "Nguyễn" in a search box.
//! One table of Vietnamese letters serves the import ([`fold`]) and the app's
//! search boxes ([`fold_for_search`]).

/// Folds a Vietnamese (or English) label for comparison: lower case, diacritics
/// removed (đ -> d), every run of spaces and punctuation collapsed to one space,
/// trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for ch in s.chars() {
        let base = strip_diacritic(ch);
        if base.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            for l in base.to_lowercase() {
                out.push(l);
            }
        } else if is_combining_mark(ch) {
            // Decomposed input (NFD): drop the mark, keep the letter before it.
        } else {
            pending_space = true;
        }
    }
    out
}

/// Folds for a search box: lower case, diacritics removed (đ -> d), combining
/// marks of decomposed text dropped; spaces and punctuation stay as typed.
pub fn fold_for_search(s: &str) -> String {
    s.chars()
        .filter(|&ch| !is_combining_mark(ch))
        .map(strip_diacritic)
        .flat_map(char::to_lowercase)
        .collect()
}

/// Combining diacritical marks (U+0300..U+036F) as found in decomposed text.
fn is_combining_mark(ch: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&ch)
}

/// The base Latin letter of a precomposed Vietnamese letter; other characters unchanged.
fn strip_diacritic(ch: char) -> char {
    const GROUPS: [(&str, char); 14] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'A'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ÈÉẺẼẸÊỀẾỂỄỆ", 'E'),
        ("ìíỉĩị", 'i'),
        ("ÌÍỈĨỊ", 'I'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'O'),
        ("ùúủũụưừứửữự", 'u'),
        ("ÙÚỦŨỤƯỪỨỬỮỰ", 'U'),
        ("ỳýỷỹỵ", 'y'),
        ("ỲÝỶỸỴ", 'Y'),
        ("đ", 'd'),
        ("Đ", 'D'),
    ];
    if ch.is_ascii() {
        return ch;
    }
    for (set, base) in GROUPS {
        if set.contains(ch) {
            return base;
        }
    }
    ch
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn headers_fold_regardless_of_case_diacritics_and_spacing() {
        assert_eq!(fold("  HỌ VÀ  TÊN "), "ho va ten");
        assert_eq!(fold("Họ và tên"), "ho va ten");
        assert_eq!(fold("Mã cán bộ"), "ma can bo");
        assert_eq!(fold("Đơn vị"), "don vi");
        assert_eq!(fold("Ngày_sinh"), "ngay sinh");
        assert_eq!(fold("Nơi ở (xã/phường)"), "noi o xa phuong");
    }

    #[test]
    fn search_folding_keeps_punctuation_and_drops_case_and_diacritics() {
        use super::fold_for_search;
        assert_eq!(fold_for_search("Nguyễn Thị Hồng"), "nguyen thi hong");
        assert_eq!(fold_for_search("ĐẶNG Văn Đức"), "dang van duc");
        assert_eq!(fold_for_search("Sở Tài chính (cũ)"), "so tai chinh (cu)");
        assert_eq!(fold_for_search("Ha\u{0300}"), "ha");
    }

    #[test]
    fn decomposed_text_folds_like_precomposed() {
        // "Hà" written as H + a + combining grave.
        assert_eq!(fold("Ha\u{0300} Nội"), "ha noi");
    }
}
