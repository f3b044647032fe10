//! Messages of the app's safety net: the recovery list, the question before saving over fields
//! or over a change made on disk, the prompt when the open file changes on disk, and a file
//! open in another window (read-only).

crate::messages! {
    RECOVERY_LIST_TITLE = "Palautettavia tallentamattomia muutoksia", "Unsaved changes to restore";
    RECOVERY_LIST_TEXT = "Verkosto sulkeutui, kun näissä projekteissa oli tallentamattomia muutoksia. Valitse kullekin, mitä teet; \u{201d}Myöhemmin\u{201d} säilyttää kopion seuraavaan käynnistykseen.", "Verkosto closed while these projects had unsaved changes. Choose what to do with each; \u{201c}Later\u{201d} keeps the copy for the next start.";
    RECOVERY_ENTRY = "\u{201d}{name}\u{201d} – {file} – tallennettu {time}", "\u{201c}{name}\u{201d} – {file} – saved {time}";
    RECOVERY_COUNTS = "{actors} toimijaa, {relations} suhdetta, {answers} arviointivastausta", "{actors} actors, {relations} relations, {answers} evaluation answers";
    RECOVERY_NO_FILE = "ei tiedostoa", "no file";
    RECOVERY_SAVE_AS = "Tallenna nimellä…", "Save as…";
    RECOVERY_LATER = "Myöhemmin", "Later";
    RECOVERY_RESTORED_FROM = "Tallentamattomat muutokset palautettiin. Ne ovat yhä tallentamatta; Tallenna kirjoittaa ne tiedostoon {file}.", "Unsaved changes were restored. They are still unsaved; Save writes them to {file}.";
    RECOVERY_RESTORED_READ_ONLY = "Tallentamattomat muutokset palautettiin vain luku -tilassa, koska {file} on auki toisessa Verkosto-ikkunassa. Jos haluat säilyttää ne, tallenna ne toisella nimellä (Tallenna nimellä…).", "Unsaved changes were restored read-only, because {file} is open in another Verkosto window. To keep them, save them under another name (Save as…).";
    RECOVERY_RESTORED_ANYWAY = "Tallentamattomat muutokset palautettiin, vaikka {file} on auki toisessa ikkunassa. Sen päälle tallennetaan vasta, kun se ikkuna on suljettu; siihen asti tallenna toisella nimellä (Tallenna nimellä…).", "Unsaved changes were restored although {file} is open in another window. They are saved over it only once that window has closed; until then, save them under another name (Save as…).";
    RECOVERY_DISCARDED = "Palautuskopio poistettiin.", "The recovery copy was removed.";
    AUTOSAVE_FAILED = "Palautuskopiota ei voitu kirjoittaa: {reason}.", "The recovery copy could not be written: {reason}.";
    GUARD_TITLE = "Tallennetaanko silti?", "Save anyway?";
    GUARD_UNKNOWN = "Tallentaminen tiedostoon {file} poistaa siitä kentät, joita tämä Verkoston versio ei tunne:", "Saving to {file} removes the fields this version of Verkosto does not know:";
    GUARD_DISK = "Tiedostoa {file} on muutettu levyllä sen jälkeen, kun avasit tai tallensit sen. Tallentaminen korvaa toisen tekemän muutoksen.", "The file {file} was changed on disk after you opened or saved it. Saving replaces the other change.";
    GUARD_SAVE_ANYWAY = "Tallenna silti", "Save anyway";
    GUARD_SAVE_AS = "Tallenna nimellä…", "Save as…";
    DISK_TITLE = "Tiedosto muuttui levyllä", "The file changed on disk";
    DISK_TEXT = "Tiedostoa {file} on muutettu levyllä (esimerkiksi kollega tallensi sen jaetulle levylle). Ladataanko levyllä oleva versio vai pidetäänkö omasi?", "The file {file} was changed on disk (a colleague may have saved it on a shared drive). Load the version on disk, or keep yours?";
    DISK_TEXT_DIRTY = "Lataaminen hylkää tallentamattomat muutoksesi.", "Loading discards your unsaved changes.";
    DISK_RELOAD = "Lataa levyltä", "Reload from disk";
    DISK_KEEP = "Pidä omani", "Keep mine";
    DISK_KEPT = "Omasi pidettiin. Tallennus kysyy ensin, koska levyllä on toinen versio.", "Yours was kept. Saving asks first, because the disk has another version.";
    ELSEWHERE_TITLE = "Tiedosto on auki toisessa ikkunassa", "The file is open in another window";
    ELSEWHERE_TEXT = "\u{201d}{name}\u{201d} on auki toisessa Verkosto-ikkunassa. Täällä tallentaminen korvaisi sen ikkunan työn, joten sen päälle tallennetaan vasta, kun se ikkuna on suljettu.", "\u{201c}{name}\u{201d} is open in another Verkosto window. Saving here would overwrite that window's work, so it is saved over only once that window has closed.";
    ELSEWHERE_READ_ONLY = "Avaa vain luku -tilassa", "Open read-only";
    ELSEWHERE_ANYWAY = "Avaa silti", "Open anyway";
    EDIT_ANYWAY = "Muokkaa silti", "Edit anyway";
    EDITING_ANYWAY = "Voit nyt muokata tiedostoa {file}. Sen päälle tallennetaan vasta, kun toinen ikkuna on suljettu; siihen asti tallenna toisella nimellä (Tallenna nimellä…).", "{file} can be edited now. It is saved over only once the other window has closed; until then, save it under another name (Save as…).";
    READ_ONLY_NOTICE_MARK = "Vain luku", "Read-only";
    READ_ONLY_NOTICE = "\u{201d}{file}\u{201d} on auki toisessa Verkosto-ikkunassa, joten tässä ikkunassa ei voi tehdä muutoksia. Jos haluat muokata, tallenna kopio toisella nimellä.", "\u{201c}{file}\u{201d} is open in another Verkosto window, so nothing can be changed in this window. To edit, save a copy under another name.";
    READ_ONLY_MARK = "(vain luku)", "(read-only)";
    READ_ONLY_OPENED = "{file} avattiin vain luku -tilassa. Jos haluat muokata sitä, tallenna se toisella nimellä (Tallenna nimellä…).", "{file} was opened read-only. To edit it, save it under another name (Save as…).";
    OPENED_ANYWAY = "{file} avattiin, vaikka se on auki toisessa ikkunassa. Sen päälle tallennetaan vasta, kun se ikkuna on suljettu; siihen asti tallenna toisella nimellä (Tallenna nimellä…).", "{file} was opened although it is open in another window. It is saved over only once that window has closed; until then, save it under another name (Save as…).";
    SAVE_HELD_ELSEWHERE = "{file} on yhä auki toisessa Verkosto-ikkunassa, joten sen päälle ei tallennettu: se korvaisi sen ikkunan työn. Valitse toinen nimi, tai sulje ensin se ikkuna ja tallenna sitten uudelleen.", "{file} is still open in another Verkosto window, so it was not saved over: that would overwrite that window's work. Choose another name, or close that window first and save again.";
    READ_ONLY_NO_EDIT = "Projekti on avattu vain luku -tilassa, joten muutosta ei tehty. Jos haluat muokata sitä, tallenna se toisella nimellä (Tallenna nimellä…).", "The project is open read-only, so the change was not made. To edit it, save it under another name (Save as…).";
    READ_ONLY_NO_SAVE = "{file} on avattu vain luku -tilassa, joten sen päälle ei tallenneta. Valitse toinen nimi.", "{file} is open read-only, so it is not saved over. Choose another name.";
    SAVE_OVER_ELSEWHERE = "Tiedostoon {file} ei tallennettu, koska se on auki toisessa Verkosto-ikkunassa ja tallentaminen korvaisi sen ikkunan työn. Valitse toinen nimi.", "Nothing was saved to {file}: it is open in another Verkosto window, and saving would overwrite that window's work. Choose another name.";
    SAVE_FAILED_KEPT = "Muutokset ovat yhä tallentamatta.", "The changes are still unsaved.";
}
