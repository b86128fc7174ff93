//! Loading an answers file chosen by the person: read in the browser, never uploaded.

use std::cell::RefCell;

use gloo::file::callbacks::{read_as_text, FileReader};
use gloo::file::File;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::state::{Action, LoadError};
use crate::rules::answers::Answers;

thread_local! {
    /// The read in progress (dropping it would cancel it).
    static READER: RefCell<Option<FileReader>> = const { RefCell::new(None) };
}

pub fn on_file_change(act: Callback<Action>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        let act = act.clone();
        let reader = read_as_text(&File::from(file), move |text| {
            let action = match text {
                Ok(text) => match Answers::from_json(&text) {
                    Ok(a) => Action::Loaded(Box::new(a)),
                    Err(e) => Action::LoadFailed(LoadError::NotAnswers {
                        line: e.line,
                        column: e.column,
                        detail: e.message,
                    }),
                },
                Err(e) => Action::LoadFailed(LoadError::Unreadable(e.to_string())),
            };
            act.emit(action);
        });
        READER.with(|r| *r.borrow_mut() = Some(reader));
    })
}
