/* The demo build (`npm run demo`, `npm run build:demo`): the task pane next to a sheet view of the
 * in-memory workbook, with no Office.js. Served over plain http on localhost (no certificates needed). */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    // Never eval-based source maps: the demo page's Content-Security-Policy refuses eval.
    devtool: "source-map",
    entry: { demo: "./src/demo/main.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-demo"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // exceljs's browser build is a finished bundle (loaded lazily when a file is opened or saved): not parsed again.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html" })],
    devServer: {
      host: "localhost",
      port: Number(process.env.DEMO_PORT || 3001),
      hot: false,
      server: "http",
      static: false,
      open: false,
    },
  };
};
