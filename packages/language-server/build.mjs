import { bundleForNode } from "../../scripts/bundle-node.mjs";

await bundleForNode("src/main.ts", "dist/server.cjs");
