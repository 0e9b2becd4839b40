//! Checks of the readings the seed file explains: where the extracted text is
//! ambiguous, the seed's comments give a rule, and these tests repeat the
//! reasoning over the served data.

use std::collections::{HashMap, VecDeque};

use crate::helpers::{hundredths, rows};

/// Months (indices 0..13 = 2022-02..2023-02) that are higher than each neighbour.
fn peaks(series: &[i64]) -> Vec<usize> {
    (0..series.len())
        .filter(|&i| (i == 0 || series[i] > series[i - 1]) && (i + 1 == series.len() || series[i] > series[i + 1]))
        .collect()
}

/// The seed comment says: the heat-index values are arranged in the one order
/// closest to newest-first (fewest exchanges of neighbours) whose peaks are
/// exactly 2022-05, 2022-08 and 2023-02, and that this order is unique. Redo
/// the search from the printed order (kept as `printed_position`).
#[tokio::test]
async fn heat_index_reading_is_the_unique_closest_to_newest_first_that_makes_the_prose_true() {
    let data = rows("/heat-index").await;
    let served: Vec<i64> = data.iter().map(|r| hundredths(r, "index")).collect();
    let mut printed: Vec<(i64, i64)> = data
        .iter()
        .map(|r| (r["printed_position"].as_i64().unwrap(), hundredths(r, "index")))
        .collect();
    printed.sort();
    let newest_first: Vec<i64> = printed.iter().rev().map(|(_, v)| *v).collect();
    let prose_peaks = vec![3, 6, 12]; // 2022-05, 2022-08, 2023-02

    // Breadth-first over arrangements reachable by exchanging neighbours.
    let mut distance: HashMap<Vec<i64>, usize> = HashMap::from([(newest_first.clone(), 0)]);
    let mut queue = VecDeque::from([newest_first.clone()]);
    let mut found: Vec<Vec<i64>> = Vec::new();
    let mut best = usize::MAX;
    while let Some(series) = queue.pop_front() {
        let d = distance[&series];
        if d > best {
            break;
        }
        if peaks(&series) == prose_peaks {
            best = d;
            found.push(series);
            continue;
        }
        for i in 0..series.len() - 1 {
            let mut next = series.clone();
            next.swap(i, i + 1);
            if !distance.contains_key(&next) {
                distance.insert(next.clone(), d + 1);
                queue.push_back(next);
            }
        }
    }
    assert_eq!(best, 4, "the seed comment says four exchanges");
    assert_eq!(
        found,
        vec![served.clone()],
        "the served order is the one and only closest reading"
    );

    // Neither plain reading satisfies the prose (why the data is flagged).
    let as_extracted: Vec<i64> = printed.iter().map(|(_, v)| *v).collect();
    assert_ne!(peaks(&as_extracted), prose_peaks);
    assert_ne!(peaks(&newest_first), prose_peaks);
    // Rows flagged uncertain are exactly those where the reading departs from newest-first.
    let departs: Vec<bool> = served.iter().zip(&newest_first).map(|(a, b)| a != b).collect();
    let flagged: Vec<bool> = data.iter().map(|r| r["uncertain"] == true).collect();
    assert_eq!(flagged, departs);
}

/// Page 16: of all ways to take four of the ten values for the education
/// chart, exactly one sums to 100.00 with the other six also summing to 100.00.
#[tokio::test]
async fn education_values_are_the_only_four_of_ten_that_sum_to_100() {
    let education: Vec<i64> = rows("/talent/education")
        .await
        .iter()
        .map(|r| hundredths(r, "share_pct"))
        .collect();
    let experience: Vec<i64> = rows("/talent/experience")
        .await
        .iter()
        .map(|r| hundredths(r, "share_pct"))
        .collect();
    let all: Vec<i64> = education.iter().chain(&experience).copied().collect();
    assert_eq!(all.len(), 10);
    let mut splits = Vec::new();
    for mask in 0u32..(1 << 10) {
        if mask.count_ones() != 4 {
            continue;
        }
        let chosen: i64 = (0..10).filter(|i| mask >> i & 1 == 1).map(|i| all[i]).sum();
        let rest: i64 = (0..10).filter(|i| mask >> i & 1 == 0).map(|i| all[i]).sum();
        if chosen == 10000 && rest == 10000 {
            let mut values: Vec<i64> = (0..10).filter(|i| mask >> i & 1 == 1).map(|i| all[i]).collect();
            values.sort();
            splits.push(values);
        }
    }
    let mut expected = education.clone();
    expected.sort();
    assert_eq!(splits, vec![expected]);
}

/// Page 10: each age block sums to 100.00 only with 34.82% in the first
/// (internet) block and 34.24% in the second (AIGC) block.
#[tokio::test]
async fn each_age_cohort_sums_to_exactly_100() {
    for cohort in ["aigc", "internet"] {
        let total: i64 = rows(&format!("/talent/ages?cohort={cohort}"))
            .await
            .iter()
            .map(|r| hundredths(r, "share_pct"))
            .sum();
        assert_eq!(total, 10000, "{cohort}");
    }
}
