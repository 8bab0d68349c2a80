//! Staff import: a staff list as the personnel office keeps it (CSV, XLSX, XLS,
//! ODS) becomes cadres of the plan.
//!
//! Three stages, so the app can show each one:
//! 1. [`read_staff_file`] reads the file into a [`StaffTable`] of raw cells
//!    (nothing interpreted yet, row numbers as the spreadsheet shows them);
//! 2. [`mapping_for`] proposes which column fills which field (reusing the
//!    mapping saved in the plan, else guessing from English or Vietnamese
//!    headers), and [`preview`] checks every row against the plan: each
//!    rejected row gets its row number and every reason, nothing is dropped;
//! 3. [`apply`] merges (update by staff code, add new) or replaces the staff
//!    list, and [`write_rejected`] writes the rejected rows to a file to fix
//!    and import again.
//!
//! Why day-first dates: Vietnamese offices write `dd/mm/yyyy`; a date such as
//! `05/03/1980` is 5 March. Excel serial numbers (real date cells, or the number
//! a date becomes when a column is formatted as text) are understood too.
//!
//! Where each part lives: [`table`] reads the file (with [`csv`] and [`sheet`]),
//! [`cells`] reads one cell's text, [`mapping`] maps columns to fields,
//! [`staff`] checks rows ([`preview`]) and changes the plan ([`apply`]),
//! [`rejected`] says why rows were rejected and writes them out, [`error`] holds
//! the whole-file refusals.

pub mod cells;
pub mod csv;
pub mod error;
pub mod mapping;
pub mod rejected;
pub mod sheet;
pub mod staff;
pub mod table;

pub use cells::{
    Cell, NotADate, excel_serial_to_date, parse_date, parse_flag, parse_gender, parse_preference,
    shown,
};
pub use error::{AnonymisedEvidence, FieldName, ImportError};
pub use mapping::{
    ALL_FIELDS, MappingLineError, field_key, field_label, guess_field, guess_mapping, mapping_for,
    mapping_from_text, mapping_to_text,
};
pub use rejected::{RejectReason, RejectedRow, same_file, write_rejected};
pub use staff::{
    AcceptedRow, CadrePatch, ImportMode, ImportOptions, ImportPreview, ImportSummary, apply,
    preview,
};
pub use table::{
    RawRow, StaffTable, anonymised_export_evidence, anonymised_export_signs, read_staff_file,
};
