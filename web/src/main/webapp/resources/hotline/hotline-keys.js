/*
 * The keyboard shortcuts of staff pages, listed in the dialog #shortcuts (layout.xhtml), which "?" opens:
 *   g then h  the user's home          g then t  the ticket list      n  a new ticket
 *   /         the search box           c         the reply box of the ticket shown
 * Keys are read by their place on the keyboard (event.code), so they work the same with an Arabic or Kurdish layout
 * (g is "ل" there); the character is the fallback where a browser gives no code. A key pressed while typing in a
 * field, or with Ctrl, Alt or Cmd, is the field's or the browser's, never a shortcut.
 */
(function () {
    'use strict';
    var dialog = document.getElementById('shortcuts');
    if (!dialog) {
        return;
    }
    var opener = document.getElementById('shortcutsOpen');
    var LETTERS = {KeyG: 'g', KeyH: 'h', KeyT: 't', KeyN: 'n', KeyC: 'c'};
    var pendingG = 0;

    function typing(target) {
        if (!target || !target.tagName) {
            return false;
        }
        var tag = target.tagName;
        return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
    }

    /** The shortcut the key stands for: 'g', 'h', 't', 'n', 'c', '/', '?' or null. */
    function keyOf(event) {
        if (event.code === 'Slash') {
            return event.shiftKey ? '?' : '/';
        }
        if (LETTERS[event.code]) {
            return event.shiftKey ? null : LETTERS[event.code];
        }
        if (event.key === '?' || event.key === '\u061F') { // the Arabic question mark, where a layout puts it elsewhere
            return '?';
        }
        if (!event.code && /^[ghtnc/]$/.test(event.key)) {
            return event.key;
        }
        return null;
    }

    function go(path) {
        window.location.assign(path);
    }

    function open() {
        if (!dialog.open) {
            dialog.showModal();
            document.getElementById('shortcutsClose').focus();
        }
    }

    document.getElementById('shortcutsClose').addEventListener('click', function () {
        dialog.close();
    });
    if (opener) {
        opener.addEventListener('click', open);
    }
    dialog.addEventListener('close', function () {
        if (opener) {
            opener.focus();
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || dialog.open
                || typing(event.target) || document.querySelector('.ui-dialog[aria-hidden="false"]')) {
            return;
        }
        var key = keyOf(event);
        var afterG = pendingG && Date.now() - pendingG < 1500;
        pendingG = 0;
        if (!key) {
            return;
        }
        var desk = dialog.dataset.desk === 'true';
        var target = null;
        if (afterG && key === 'h') {
            target = function () { go(dialog.dataset.home); };
        } else if (afterG && key === 't' && desk) {
            target = function () { go(dialog.dataset.tickets); };
        } else if (key === 'g') {
            pendingG = Date.now();
            target = function () {};
        } else if (key === '?') {
            target = open;
        } else if (key === 'n' && desk) {
            target = function () { go(dialog.dataset.newTicket); };
        } else if (key === '/') {
            target = function () {
                var box = document.getElementById('search:q');
                if (box) {
                    box.focus();
                    box.select();
                } else {
                    go(dialog.dataset.search);
                }
            };
        } else if (key === 'c') {
            var reply = document.getElementById('comments:body');
            if (reply) {
                target = function () { reply.focus(); };
            }
        }
        if (target) {
            event.preventDefault();
            target();
        }
    });
})();
