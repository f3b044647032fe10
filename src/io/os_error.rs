//! Operating-system errors as a coordinator reads them: the common kinds get a sentence in
//! the interface language instead of "(os error 2)".

use super::msg;
use crate::i18n::Lang;
use std::io::ErrorKind;

/// An error from the operating system, kept as its kind and the system's own text (used only
/// for kinds without a sentence of their own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OsError {
    /// What kind of failure it was.
    pub kind: ErrorKind,
    /// The operating system's description, shown only for uncommon kinds.
    pub detail: String,
}

impl From<std::io::Error> for OsError {
    fn from(e: std::io::Error) -> OsError {
        OsError {
            kind: e.kind(),
            detail: e.to_string(),
        }
    }
}

impl OsError {
    /// The reason as a phrase (no full stop) in `lang`, to follow "Could not read FILE:".
    pub fn message(&self, lang: Lang) -> String {
        let tr = match self.kind {
            ErrorKind::NotFound => msg::OS_NOT_FOUND,
            ErrorKind::PermissionDenied => msg::OS_PERMISSION,
            ErrorKind::IsADirectory => msg::OS_IS_DIR,
            ErrorKind::NotADirectory => msg::OS_NOT_DIR,
            ErrorKind::ReadOnlyFilesystem => msg::OS_READ_ONLY,
            ErrorKind::StorageFull => msg::OS_DISK_FULL,
            ErrorKind::QuotaExceeded => msg::OS_QUOTA,
            ErrorKind::FileTooLarge => msg::OS_FILE_TOO_LARGE,
            ErrorKind::InvalidFilename => msg::OS_BAD_NAME,
            ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => msg::OS_BUSY,
            ErrorKind::TimedOut => msg::OS_TIMED_OUT,
            ErrorKind::AlreadyExists => msg::OS_EXISTS,
            _ => return msg::OS_OTHER.fmt(lang, &[("detail", &self.detail)]),
        };
        tr.get(lang).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_explained_without_an_error_number() {
        let e = OsError::from(std::io::Error::from_raw_os_error(2));
        assert_eq!(e.message(Lang::Fi), "tiedostoa tai kansiota ei ole");
        assert_eq!(e.message(Lang::En), "there is no such file or folder");
    }

    #[test]
    fn permission_and_folder_errors_are_translated() {
        let denied = OsError::from(std::io::Error::from_raw_os_error(13));
        assert_eq!(denied.message(Lang::Fi), "sinulla ei ole oikeutta siihen");
        let dir = OsError::from(std::io::Error::from_raw_os_error(21));
        assert_eq!(dir.message(Lang::Fi), "se on kansio eikä tiedosto");
        let full = OsError::from(std::io::Error::from_raw_os_error(28));
        assert_eq!(full.message(Lang::En), "the disk is full");
    }
}
