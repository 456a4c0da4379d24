// What test/global-setup.ts hands to the tests: the packed tarballs and the consumer project.

import { inject } from "vitest";
import type { PublicPackageName } from "./public-packages.js";

/** One package as `npm pack` wrote it. */
export interface PackedPackage {
  readonly name: PublicPackageName;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** Paths inside the tarball, e.g. `dist/index.js`. */
  readonly files: string[];
}

/** A fresh npm project outside the repository with the three tarballs installed. */
export interface ConsumerProject {
  /** Absolute path of the project (under the system temp folder, never inside the repository). */
  readonly dir: string;
  readonly packed: PackedPackage[];
  /** How long packing and installing took, in ms (reported, never asserted). */
  readonly setupMs: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    consumer: ConsumerProject;
  }
}

/** The consumer project that global setup prepared for this test run. */
export function consumerProject(): ConsumerProject {
  return inject("consumer");
}
