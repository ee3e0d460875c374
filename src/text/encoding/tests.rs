//! The encodings an article may come in, each encoded here with `encoding_rs` from one Arabic
//! text, and what is refused.

use super::*;

const TEXT: &str =
    "نفى الرئيس الروسي فلاديمير بوتين وجود تحالف عسكري مع الصين، وأكد أن علاقات روسيا \
                    ببكين تقتصر على التعاون فقط.\nسطر ثان «بين قوسين».\n";

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if big_endian {
            &[0xfe, 0xff]
        } else {
            &[0xff, 0xfe]
        });
    }
    for unit in text.encode_utf16() {
        let bytes = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        out.extend_from_slice(&bytes);
    }
    out
}

fn single(encoding: &'static Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "{} encodes the text", encoding.name());
    bytes.into_owned()
}

#[test]
fn utf16_with_or_without_a_bom_either_way_round_is_decoded() {
    for big_endian in [false, true] {
        for bom in [false, true] {
            let bytes = utf16(TEXT, big_endian, bom);
            assert_eq!(decode(bytes).unwrap(), TEXT, "be {big_endian} bom {bom}");
        }
    }
    // Cut after an odd number of bytes, or inside a surrogate pair: the cut char is left out.
    let bytes = utf16("ab😀", false, true);
    assert_eq!(decode_start(bytes[..7].to_vec(), true).unwrap(), "ab");
    assert_eq!(decode_start(bytes[..9].to_vec(), true).unwrap(), "ab");
    // A lone surrogate in the middle is no UTF-16 text.
    let mut broken = utf16("ab", false, true);
    broken.extend_from_slice(&[0x00, 0xd8, 0x41, 0x00]);
    assert!(matches!(decode(broken), Err(LoadError::Encoding { .. })));
}

#[test]
fn arabic_single_byte_encodings_are_decoded_when_certain() {
    assert_eq!(decode(single(WINDOWS_1256, TEXT)).unwrap(), TEXT);
    // ISO-8859-6 has no «»: the same text without them.
    let plain = TEXT.replace(['«', '»'], "\"");
    assert_eq!(decode(single(ISO_8859_6, &plain)).unwrap(), plain);
}

#[test]
fn an_uncertain_encoding_is_named_with_how_to_convert_it() {
    // A few Arabic words: windows-1256 is likely, not certain.
    let bytes = single(WINDOWS_1256, "عنوان: hello world");
    let err = decode(bytes).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Encoding {
                looks_like: "windows-1256",
                ..
            }
        ),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("looks like windows-1256")
            && message.contains("iconv -f WINDOWS-1256 -t UTF-8"),
        "{message}"
    );
    // Latin-1 French is not guessed at.
    assert!(matches!(
        decode(b"caf\xe9 au lait".to_vec()),
        Err(LoadError::InvalidUtf8 { offset: 3 })
    ));
}

#[test]
fn binary_files_stay_binary_and_utf8_stays_as_it_is() {
    assert!(matches!(
        decode(b"GIF89a\0\0\x01".to_vec()),
        Err(LoadError::Binary { offset: 6 })
    ));
    assert!(matches!(
        decode(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0".to_vec()),
        Err(LoadError::Binary { .. })
    ));
    assert_eq!(decode(TEXT.as_bytes().to_vec()).unwrap(), TEXT);
    let with_bom = [b"\xef\xbb\xbf".as_slice(), TEXT.as_bytes()].concat();
    assert_eq!(decode(with_bom).unwrap(), format!("\u{feff}{TEXT}"));
}

#[test]
fn utf8_with_one_bad_byte_is_not_taken_for_windows_1256() {
    let mut bytes = TEXT.as_bytes().to_vec();
    let at = bytes.len() / 2;
    // A lone continuation byte in the middle of a UTF-8 Arabic article.
    let at = (at..bytes.len()).find(|&i| bytes[i] < 0x80).unwrap();
    bytes.insert(at, 0xbf);
    let err = decode(bytes).unwrap_err();
    assert!(
        matches!(err, LoadError::InvalidUtf8 { offset } if offset == at),
        "{err:?}"
    );
    assert!(!err.to_string().contains("iconv"), "{err}");
}
