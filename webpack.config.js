/* The add-in build: one page (taskpane.html) hosts the task pane, the custom functions and the ribbon
 * commands, because the manifest asks for a shared runtime. `functions.json` is generated from the
 * JSDoc of src/functions/functions.ts; a metadata error fails the build. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { rewriteManifestUrls, DEV_URL } = require("./scripts/manifest-url.js");

const devCerts = () => {
  // Loaded lazily: only the dev server needs certificates (and they install a CA via sudo on first use).
  const certs = require("office-addin-dev-certs");
  return certs.getHttpsServerOptions();
};

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const deployUrl = process.env.KPI_ADDIN_URL || "";
  if (!dev && !deployUrl) {
    console.warn(`[kpi-scorecard] KPI_ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}. Set it to your HTTPS host to deploy.`);
  }
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new (require("./scripts/FunctionsLocalePlugin").FunctionsLocalePlugin)({ table: "./src/functions/i18n/zh-CN.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev || !deployUrl ? content : rewriteManifestUrls(content.toString(), deployUrl)),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devCerts() : {} },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
