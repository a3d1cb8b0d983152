import { sha1Hex } from "../ingest/hashText.ts";
import type { ArchiveLists } from "./archiveModel.ts";
import { anyPageKind, pageKindNames } from "./pageKinds.ts";

function hash(fingerprint: string, value: unknown): string {
  // One string, one call: the same digest as hashing the two parts in turn, without a Hash object.
  return sha1Hex(fingerprint + JSON.stringify(value)).slice(0, 16);
}

/**
 * A hash per paginated page of everything that page renders (each kind's `signature` in
 * pageKinds.ts), so that an incremental build can re-render only pages whose signature changed.
 * `fingerprint` covers the templates, code and config.
 */
export function pageSignatures(content: ArchiveLists, fingerprint: string): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const name of pageKindNames) {
    const kind = anyPageKind(name);
    for (const page of kind.pages(content)) {
      // Every page shows the generated-sample notice when the content declares generated
      // articles: whether all or some are, never how many (a day of news changes the counts).
      const signature = [kind.signature(page, content), content.sample?.allGenerated ?? null];
      signatures.set(page.href, hash(fingerprint, signature));
    }
  }
  return signatures;
}
