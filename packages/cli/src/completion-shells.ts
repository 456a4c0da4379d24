// The shells `qlik-org completion` writes scripts for (kept apart so --help need not load the writer).

/** Shells with a completion script. */
export const completionShells = ["bash", "zsh", "fish"] as const;
