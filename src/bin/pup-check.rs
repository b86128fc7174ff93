//! `pup-check`: evaluate an answers file natively, or list the rules catalog.
//!
//! pup-check evaluate FILE   (FILE `-` = standard input) → result JSON, exit 0
//! pup-check rules           → every rule ID with its source sentence
//! pup-check figures         → every figure, its source and the last day it is known for
//! pup-check --version       → the version and the day of its newest figure
//! pup-check flow FILE       → the questions the app would ask for these answers, in order,
//!                             each with the answers-file paths it fills
//! A file that cannot be read or parsed: a message on stderr, exit 2.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use pup_check::rules::{catalog, evaluate_json, figures};
    use std::io::Read;

    const USAGE: &str = "usage: pup-check evaluate FILE|-   (print the result JSON)\n       pup-check flow FILE|-       (the questions the app asks for these answers, with the fields each fills)\n       pup-check rules            (list the rule IDs with their source sentences)\n       pup-check quotes           (the quotes file the web app reads, i18n/quotes.txt)\n       pup-check figures          (every figure, its source and the last day it is known for)\n       pup-check --version";

    pub fn run(args: Vec<String>) -> i32 {
        match args
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["evaluate", file] => evaluate(file),
            ["flow", file] => flow(file),
            ["rules"] => {
                print!("{}", catalog::listing());
                0
            }
            ["figures"] => {
                print!("{}", figures::listing());
                0
            }
            ["--version" | "-V" | "version"] => {
                let until: Vec<String> = figures::Table::ALL
                    .iter()
                    .map(|t| format!("{} to {}", t.key(), t.known_until()))
                    .collect();
                println!(
                    "pup-check {} (figures as of {}; known: {})",
                    figures::VERSION,
                    figures::as_of(),
                    until.join(", ")
                );
                0
            }
            ["quotes"] => {
                print!("{}", catalog::quotes_file());
                0
            }
            ["--help" | "-h" | "help"] => {
                println!("{USAGE}");
                0
            }
            _ => {
                eprintln!("{USAGE}");
                2
            }
        }
    }

    fn read(file: &str) -> std::io::Result<String> {
        if file == "-" {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map(|_| s)
        } else {
            std::fs::read_to_string(file)
        }
    }

    /// The questions the app would ask for the answers (`app::outline`).
    fn flow(file: &str) -> i32 {
        let text = match read(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("pup-check: cannot read {file}: {e}");
                return 2;
            }
        };
        let today = chrono::Local::now().date_naive();
        match pup_check::rules::answers::Answers::from_json(&text) {
            Ok(a) => {
                print!("{}", pup_check::app::outline::listing(&a, today));
                0
            }
            Err(e) => {
                eprintln!("pup-check: {file}: not a valid answers file: {e}");
                2
            }
        }
    }

    fn evaluate(file: &str) -> i32 {
        let text = if file == "-" {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map(|_| s)
        } else {
            std::fs::read_to_string(file)
        };
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                eprintln!("pup-check: cannot read {file}: {e}");
                return 2;
            }
        };
        let today = chrono::Local::now().date_naive();
        match evaluate_json(&text, today) {
            Ok(result) => {
                println!("{}", result.to_json());
                0
            }
            Err(e) => {
                eprintln!("pup-check: {file}: not a valid answers file: {e}");
                2
            }
        }
    }
}
