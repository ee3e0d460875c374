//! Rendering a large export on every core: the articles cut into one run per core, each run
//! rendered on its own thread, the parts put back in order. Knows nothing about formats.

/// `render` applied to `items` cut into one run per core, the results in order.
pub(crate) fn in_runs<T: Sync, R: Send>(items: &[T], render: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < 2 {
        return vec![render(items)];
    }
    let run = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(run)
            .map(|part| scope.spawn(|| render(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_come_back_in_order() {
        let items: Vec<usize> = (0..1001).collect();
        let parts = in_runs(&items, |run| run.iter().sum::<usize>());
        assert_eq!(parts.iter().sum::<usize>(), items.iter().sum::<usize>());
        let joined: Vec<usize> = in_runs(&items, <[usize]>::to_vec).concat();
        assert_eq!(joined, items);
        assert_eq!(in_runs(&[] as &[usize], <[usize]>::len), [0]);
    }
}
