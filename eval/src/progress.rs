//! A progress bar for long evaluations.

use std::io::{self, IsTerminal};

/// A progress bar on standard error, drawn only when it is a terminal.
pub(crate) struct Progress {
    total: usize,
    done: usize,
    shown: bool,
}

impl Progress {
    pub(crate) fn new(total: usize) -> Self {
        Progress {
            total,
            done: 0,
            shown: io::stderr().is_terminal(),
        }
    }

    pub(crate) fn step(&mut self) {
        self.done += 1;
        if self.shown && (self.done.is_multiple_of(10) || self.done == self.total) {
            let width = 40;
            let filled = width * self.done / self.total.max(1);
            eprint!(
                "\r[{}{}] {}/{}",
                "=".repeat(filled),
                " ".repeat(width - filled),
                self.done,
                self.total
            );
        }
    }

    pub(crate) fn finish(&self) {
        if self.shown {
            eprintln!();
        }
    }
}
