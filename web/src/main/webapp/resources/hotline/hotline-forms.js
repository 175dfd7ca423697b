/*
 * Keyboard habits of our forms, bound here once for every page instead of in inline handlers, which the pages'
 * Content-Security-Policy does not run: Enter in a field marked data-enter-clicks="<button id>" presses that button
 * (an ajax look-up) instead of submitting the whole form. Bound on the document, so it keeps working for fields that
 * an ajax update has replaced.
 */
(function () {
    'use strict';
    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (event.key !== 'Enter' || !field || !field.dataset || !field.dataset.enterClicks) {
            return;
        }
        var button = document.getElementById(field.dataset.enterClicks);
        if (button) {
            event.preventDefault();
            button.click();
        }
    });
})();
