package vn.motcua.fee;

/** How the dossier reaches the centre; online submission may carry a reduced rate. */
public enum Channel {
    ONLINE, COUNTER, POSTAL
}
