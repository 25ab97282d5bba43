/**
 * whatsapp-web.js depends on puppeteer, whose install script downloads its own Chrome. That
 * download cannot work offline and is not wanted: the bot drives Debian's Chromium
 * (WHATSAPP_CHROMIUM_PATH). package.json's "allowScripts" blocks the script too.
 */
module.exports = { skipDownload: true };
