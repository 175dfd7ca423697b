/*
 * Habits of our forms, bound here once for every page instead of in inline handlers, which the pages'
 * Content-Security-Policy does not run. Bound on the document, so they keep working for fields that an ajax update
 * has replaced.
 *
 * - Enter in a field marked data-enter-clicks="<button id>" presses that button (an ajax look-up) instead of
 *   submitting the whole form. In a form marked data-enter="none", Enter in any other one-line field does nothing:
 *   the browser would press the form's first button, which there is an action nobody meant (a look-up that redraws
 *   the caller, a status change, a half-filled complaint sent).
 * - A checkbox whose fields are marked data-disabled-by="<checkbox id>" greys those fields out while it is ticked,
 *   keeping what was typed in them in view, and opens them again when unticked.
 * - A form marked data-forget-on-back is shown empty when the browser comes back to it through its history: what
 *   was sent is not offered again to be sent twice, nor left for the next person at a shared computer.
 * - PrimeFaces writes each message as <li role="alert"> inside a <ul>: a list whose items are no longer list items
 *   to a screen reader (axe's "list" rule, serious). The role moves to the message's box, as "alert" for an error
 *   or a warning and "status" for news, on every message shown, whether with the page or by an ajax update.
 */
(function () {
    'use strict';
    var ONE_LINE = /^(text|tel|email|number|search|password|url)$/;

    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (event.key !== 'Enter' || !field || field.tagName !== 'INPUT') {
            return;
        }
        var button = field.dataset && field.dataset.enterClicks ? document.getElementById(field.dataset.enterClicks)
            : null;
        if (button) {
            event.preventDefault();
            button.click();
        } else if (field.form && field.form.dataset.enter === 'none' && ONE_LINE.test(field.type)) {
            event.preventDefault();
        }
    });

    function applyDisabling(checkbox) {
        var fields = document.querySelectorAll('[data-disabled-by="' + checkbox.id + '"]');
        for (var i = 0; i < fields.length; i++) {
            var inputs = fields[i].querySelectorAll('input, textarea');
            for (var j = 0; j < inputs.length; j++) {
                inputs[j].disabled = checkbox.checked;
                inputs[j].classList.toggle('ui-state-disabled', checkbox.checked);
            }
            fields[i].classList.toggle('disabled', checkbox.checked);
        }
    }

    function applyAllDisabling() {
        var marked = document.querySelectorAll('[data-disabled-by]');
        for (var i = 0; i < marked.length; i++) {
            var checkbox = document.getElementById(marked[i].dataset.disabledBy);
            if (checkbox) {
                applyDisabling(checkbox);
            }
        }
    }

    document.addEventListener('change', function (event) {
        if (event.target && event.target.type === 'checkbox') {
            applyDisabling(event.target);
        }
    });

    window.addEventListener('pageshow', function (event) {
        var forms = document.querySelectorAll('form[data-forget-on-back]');
        if (forms.length === 0) {
            return;
        }
        if (event.persisted) {
            // a page kept whole in the back-forward cache still holds the view of the form already sent
            window.location.reload();
            return;
        }
        var navigation = window.performance && performance.getEntriesByType
            ? performance.getEntriesByType('navigation')[0] : null;
        if (navigation && navigation.type === 'back_forward') {
            for (var i = 0; i < forms.length; i++) {
                forms[i].reset();
            }
        }
        applyAllDisabling();
    });
    document.addEventListener('DOMContentLoaded', function () {
        // PrimeFaces ticks its checkboxes through jQuery (loaded by now), whose change event only jQuery's own
        // handlers hear.
        if (window.jQuery) {
            window.jQuery(document).on('change', 'input[type=checkbox]', function () {
                applyDisabling(this);
            });
        }
        applyAllDisabling();
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

/*
 * A button marked data-insert-text="<element id>" data-insert-into="<field id>" puts the element's text into the
 * field (a standard answer into the reply): in place of what is selected, or at the cursor once the person has been
 * in the field, else after what is already there, on a line of its own. Nothing typed is lost, and the field gets the
 * focus with the cursor after the text put in.
 */
(function () {
    'use strict';
    document.addEventListener('focusin', function (event) {
        if (event.target && event.target.tagName === 'TEXTAREA') {
            event.target.dataset.visited = 'true';
        }
    });
    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('[data-insert-into]') : null;
        if (!button) {
            return;
        }
        var source = document.getElementById(button.dataset.insertText);
        var field = document.getElementById(button.dataset.insertInto);
        if (!source || !field) {
            return;
        }
        event.preventDefault();
        var text = source.textContent.trim();
        var value = field.value;
        // After the selection, never over it: what the agent typed is kept, selected or not.
        var start = field.dataset.visited ? field.selectionEnd : value.length;
        var end = start;
        var before = value.substring(0, start);
        var after = value.substring(end);
        var inserted = (before && !/\n$/.test(before) ? '\n' : '') + text + (after && !/^\n/.test(after) ? '\n' : '');
        field.value = before + inserted + after;
        var caret = before.length + inserted.length;
        field.focus();
        field.setSelectionRange(caret, caret);
        field.dispatchEvent(new Event('input', {bubbles: true}));
    });

    var BOXES = '.ui-messages-error, .ui-messages-warn, .ui-messages-fatal, .ui-messages-info';

    function messagesAsBoxes(root) {
        root.querySelectorAll('.ui-messages ul > li[role]').forEach(function (item) {
            var box = item.closest(BOXES);
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
            if (box) {
                box.setAttribute('role', box.classList.contains('ui-messages-info') ? 'status' : 'alert');
            }
        });
    }

    function watchMessages() {
        messagesAsBoxes(document);
        new MutationObserver(function () {
            messagesAsBoxes(document);
        }).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watchMessages);
    } else {
        watchMessages();
    }
})();
