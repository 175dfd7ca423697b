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

/*
 * PrimeFaces' drop-down (selectOneMenu) is a combobox named only by the option it shows, so a screen reader says
 * "Interior" but not "Institution", and an empty list leaves it without any name at all. Its own label names it
 * here, followed by the option shown; again after every ajax update, which may have replaced either.
 */
(function () {
    'use strict';
    function nameDropDowns() {
        document.querySelectorAll('.ui-selectonemenu').forEach(function (menu) {
            var combobox = menu.querySelector('[role="combobox"]');
            if (!combobox || !combobox.id || combobox.hasAttribute('aria-labelledby')) {
                return;
            }
            var label = null;
            ['_focus', '_input', '_label', ''].some(function (suffix) {
                label = document.querySelector('label[for="' + CSS.escape(menu.id + suffix) + '"]');
                return label !== null;
            });
            if (!label) {
                return;
            }
            if (!label.id) {
                label.id = menu.id + '_name';
            }
            combobox.setAttribute('aria-labelledby', label.id + ' ' + combobox.id);
        });
    }
    document.addEventListener('DOMContentLoaded', nameDropDowns);
    document.addEventListener('DOMContentLoaded', function () {
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', nameDropDowns);
        }
    });
})();
