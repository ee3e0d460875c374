//! Subscriptions in OPML, what every feed reader imports and exports: the feeds of an OPML file
//! (outlines with an `xmlUrl`, at any depth: readers file them in folders), and the
//! subscriptions written as an OPML 2.0 document. Functions from data to data; parsing and
//! writing by the `opml` crate. Knows nothing about files or the network.

use opml::{Outline, OPML};

use super::feeds::Subscriptions;

/// A feed an OPML file lists: its title (`text`, else `title`; may be empty) and address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    /// What the file calls it.
    pub title: String,
    /// The feed's address.
    pub url: String,
}

/// The feeds listed in the OPML document `text`, in document order.
pub fn read(text: &str) -> Result<Vec<Listed>, String> {
    let doc = OPML::from_str(text).map_err(|e| format!("not an OPML file: {e}"))?;
    let mut out = Vec::new();
    collect(&doc.body.outlines, &mut out);
    Ok(out)
}

fn collect(outlines: &[Outline], out: &mut Vec<Listed>) {
    for o in outlines {
        if let Some(url) = o
            .xml_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
        {
            let title = if o.text.trim().is_empty() {
                o.title.clone().unwrap_or_default()
            } else {
                o.text.clone()
            };
            out.push(Listed {
                title: title.trim().to_string(),
                url: url.to_string(),
            });
        }
        collect(&o.outlines, out);
    }
}

/// `subs` as an OPML 2.0 document.
pub fn write(subs: &Subscriptions) -> Result<String, String> {
    let mut doc = OPML::default();
    if let Some(head) = doc.head.as_mut() {
        head.title = Some("hamish feeds".into());
    }
    for feed in &subs.feeds {
        doc.body.outlines.push(Outline {
            text: feed.name.clone(),
            title: Some(feed.name.clone()),
            r#type: Some("rss".into()),
            xml_url: Some(feed.url.clone()),
            ..Outline::default()
        });
    }
    let body = doc.to_string().map_err(|e| e.to_string())?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fetch::feeds::Feed;

    #[test]
    fn folders_are_walked_and_titles_taken_from_text_or_title() {
        let text = r#"<?xml version="1.0"?><opml version="2.0"><head/><body>
            <outline text="أخبار"><outline text="BBC عربي" type="rss" xmlUrl="https://a/rss"/>
            <outline title="فردا" xmlUrl="https://b/rss"/></outline>
            <outline text="no feed here" htmlUrl="https://c/"/></body></opml>"#;
        assert_eq!(
            read(text).unwrap(),
            [
                Listed {
                    title: "BBC عربي".into(),
                    url: "https://a/rss".into()
                },
                Listed {
                    title: "فردا".into(),
                    url: "https://b/rss".into()
                },
            ]
        );
        assert!(read("<html/>").unwrap_err().starts_with("not an OPML file"));
    }

    #[test]
    fn written_subscriptions_read_back() {
        let subs = Subscriptions {
            feeds: vec![Feed {
                name: "BBC عربي & co".into(),
                url: "https://a/rss?x=1&y=2".into(),
            }],
        };
        let text = write(&subs).unwrap();
        assert!(text.contains("version=\"2.0\""), "{text}");
        assert_eq!(
            read(&text).unwrap(),
            [Listed {
                title: "BBC عربي & co".into(),
                url: "https://a/rss?x=1&y=2".into()
            }]
        );
    }
}
