//! The address an article is cited by and recognised again: its tracking parameters
//! (`utm_*`, `fbclid`, `gclid`, …) and its fragment removed, so that the same story reached from
//! a feed, a newsletter and a share button is one article, and a citation carries no tracking.
//! Knows nothing about pages or files.

/// Query parameters that only say how a reader arrived, never which page it is.
const TRACKING: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "at_medium",
    "at_campaign",
    "at_custom1",
    "at_custom2",
    "at_custom3",
    "at_custom4",
    "ito",
    "ncid",
    "ocid",
    "cmpid",
    "wt_mc",
    "spm",
    "share",
    "ref_src",
    "ref_url",
];

/// `url` without tracking parameters and fragment; as given when it does not parse.
pub(crate) fn without_tracking(url: &str) -> String {
    let Ok(mut parsed) = url::Url::parse(url.trim()) else {
        return url.to_string();
    };
    parsed.set_fragment(None);
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !(k.starts_with("utm_") || TRACKING.contains(&k.as_str()))
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        parsed.set_query(None);
    } else {
        parsed.query_pairs_mut().clear().extend_pairs(kept);
    }
    parsed.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_goes_and_the_page_stays() {
        assert_eq!(
            without_tracking("https://ex.com/a/1?utm_source=rss&utm_medium=feed&id=7&fbclid=x#top"),
            "https://ex.com/a/1?id=7"
        );
        assert_eq!(
            without_tracking("https://www.bbc.com/arabic/x?at_medium=RSS&at_campaign=KARANGA"),
            "https://www.bbc.com/arabic/x"
        );
        assert_eq!(
            without_tracking("https://ex.com/a?p=2"),
            "https://ex.com/a?p=2"
        );
        assert_eq!(without_tracking("not a url"), "not a url");
        assert_eq!(
            without_tracking("https://ex.com/%D8%AE%D8%A8%D8%B1?UTM_Source=x"),
            "https://ex.com/%D8%AE%D8%A8%D8%B1"
        );
    }
}
