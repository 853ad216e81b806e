package vn.tinradar.analyze.score.model;

/** Feature indices (0-based, ascending, distinct) with their values. */
public record SparseVector(int[] indices, double[] values) {

    public int size() {
        return indices.length;
    }
}
