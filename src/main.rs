//! The web app's entry point: wires the Yew app to the page. All logic lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    pup_check::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pup-app is the web app: build it with `make serve` (Trunk, wasm32).");
}
