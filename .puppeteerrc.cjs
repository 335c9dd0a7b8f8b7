// puppeteer (under @web/test-runner-puppeteer, which drives Firefox) must not
// download a browser of its own on `npm install`: the tests use the system's
// browsers (scripts/find-browser.mjs), and some machines have no route to
// Google's storage, where that download fails the whole install.
module.exports = { skipDownload: true };
