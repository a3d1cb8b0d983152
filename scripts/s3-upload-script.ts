// Prints a shell script that uploads a built site to S3 with the right content types and
// Cache-Control per file. Usage:
//   tsx scripts/s3-upload-script.ts --site _site --destination s3://my-bucket/news-archive > upload.sh
import { parseArgs } from "node:util";
import { listSiteFiles } from "../src/checks/listSiteFiles.ts";
import { renderS3UploadScript } from "../src/publish/s3UploadRules.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    destination: { type: "string" },
  },
});
if (values.destination === undefined) {
  process.stderr.write("s3-upload-script: --destination s3://<bucket>[/<prefix>] is required\n");
  process.exit(2);
}
const files = (await listSiteFiles(values.site)).filter(
  (file) => file !== "_headers" && file !== "_redirects",
);
process.stdout.write(
  renderS3UploadScript(files, { siteDir: values.site, destination: values.destination }),
);
