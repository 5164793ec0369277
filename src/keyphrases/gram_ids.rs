//! Dense ids for the word n-grams of a text, each n-gram named by the id of its first
//! n − 1 words and its last term: "neural network controller" is ("neural network",
//! "controller"). A one-word n-gram's id is its term id; longer ones follow.
//!
//! An n-gram is then one small fixed-size key whatever its length, and a table of its own
//! (open addressing, a multiply-and-shift mix) finds it without hashing all its words
//! with the standard library's SipHash. The keys are the text's own ids: a text can make
//! them collide in the table only by making it probe longer, never give a wrong id.

use crate::tokenize::TermId;

/// No key in this slot.
const EMPTY: usize = usize::MAX;

/// The ids of the n-grams seen so far.
#[derive(Debug)]
pub(super) struct GramIds {
    /// Open addressing with linear probing: each slot holds an index into `keys`, or
    /// `EMPTY`. Its length is a power of two, at least twice the number of keys.
    slots: Vec<usize>,
    /// The key of each n-gram of two words or more, in order of its id.
    keys: Vec<(usize, TermId)>,
    /// The id of the first n-gram of two words or more: the number of terms.
    first_id: usize,
}

impl GramIds {
    /// No n-grams yet, of a text with `term_count` terms.
    pub(super) fn new(term_count: usize) -> GramIds {
        GramIds {
            slots: vec![EMPTY; 1024],
            keys: Vec::new(),
            first_id: term_count,
        }
    }

    /// How many ids there are: ids are below it.
    pub(super) fn len(&self) -> usize {
        self.first_id + self.keys.len()
    }

    /// The id of the n-gram `prefix` (an id) followed by `term`, if it was given one.
    pub(super) fn get(&self, prefix: usize, term: TermId) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = hash(prefix, term) & mask;
        loop {
            let at = *self.slots.get(slot)?;
            if at == EMPTY {
                return None;
            }
            if self.keys.get(at) == Some(&(prefix, term)) {
                return Some(self.first_id + at);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The id of the n-gram `prefix` (an id) followed by `term`, new if it has none yet.
    pub(super) fn id(&mut self, prefix: usize, term: TermId) -> usize {
        if let Some(id) = self.get(prefix, term) {
            return id;
        }
        if 2 * (self.keys.len() + 1) > self.slots.len() {
            self.grow();
        }
        let at = self.keys.len();
        self.keys.push((prefix, term));
        self.place(at);
        self.first_id + at
    }

    /// Puts key `at` in the first empty slot from its hash on.
    fn place(&mut self, at: usize) {
        let Some(&(prefix, term)) = self.keys.get(at) else {
            return;
        };
        let mask = self.slots.len() - 1;
        let mut slot = hash(prefix, term) & mask;
        // The table is at most half full: an empty slot comes.
        while let Some(held) = self.slots.get_mut(slot) {
            if *held == EMPTY {
                *held = at;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Doubles the table and places the keys again.
    fn grow(&mut self) {
        let size = 2 * self.slots.len();
        self.slots.clear();
        self.slots.resize(size, EMPTY);
        for at in 0..self.keys.len() {
            self.place(at);
        }
    }
}

/// Mixes a key into a slot number: the multiply spreads the prefix over the high bits,
/// the shifts bring them down to the low bits the mask keeps (a finalizer in the manner
/// of SplitMix64's).
fn hash(prefix: usize, term: TermId) -> usize {
    let mut x = (prefix as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ u64::from(term);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (x ^ (x >> 31)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_key_has_the_same_id_and_others_new_ones() {
        let mut ids = GramIds::new(10);
        let ab = ids.id(0, 1);
        assert_eq!(ab, 10);
        let abc = ids.id(ab, 2);
        assert_eq!(abc, 11);
        assert_eq!(ids.id(0, 1), ab);
        assert_eq!(ids.get(ab, 2), Some(abc));
        assert_eq!(ids.get(1, 0), None);
        assert_eq!(ids.len(), 12);
    }

    #[test]
    fn ids_stay_right_as_the_table_grows() {
        let mut ids = GramIds::new(5);
        let keys: Vec<(usize, TermId)> = (0..5000).map(|i| (i % 97, (i / 97) as TermId)).collect();
        let given: Vec<usize> = keys.iter().map(|&(p, t)| ids.id(p, t)).collect();
        for (&(prefix, term), &id) in keys.iter().zip(&given) {
            assert_eq!(ids.get(prefix, term), Some(id));
        }
        assert_eq!(ids.len(), 5 + 5000);
    }
}
