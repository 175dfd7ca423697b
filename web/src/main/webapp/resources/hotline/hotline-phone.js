/*
 * The agent's screen pop and call panel, fed by the pushes of /push/agent (only this agent's).
 * Everything from the PBX or the database is written with textContent, never as HTML.
 * Each push's arrival time is kept in window.hotlinePushes, which the system tests and the benchmark read.
 */
(function () {
    'use strict';
    var pop = document.getElementById('screenPop');
    if (!pop || !window.WebSocket) {
        return;
    }
    var texts = JSON.parse(document.getElementById('phoneTexts').textContent);
    var received = window.hotlinePushes = window.hotlinePushes || [];
    var shown = null; // {linkedid, data, answered}

    function text(key, argument) {
        var value = texts[key] || key;
        return argument === undefined ? value : value.replace('{0}', argument);
    }

    function element(tag, content, className) {
        var node = document.createElement(tag);
        if (content !== undefined && content !== null) {
            node.textContent = content;
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function ltr(content) {
        var node = element('bdi', content);
        node.setAttribute('dir', 'ltr');
        return node;
    }

    function render() {
        pop.textContent = '';
        if (!shown) {
            pop.hidden = true;
            return;
        }
        var data = shown.data;
        var heading = element('h2', text(shown.ended ? 'pop.wrapUp' : shown.answered ? 'pop.talking' : 'pop.ringing'));
        heading.id = 'popHeading';
        pop.appendChild(heading);
        var caller = element('p', null, 'pop-caller');
        var number = ltr(data.caller || '');
        number.id = 'popCaller';
        caller.appendChild(number);
        var name = element('strong', !data.citizen ? text('pop.unknownCaller')
            : data.citizen.fullName || text('citizen.noName'));
        name.id = 'popCitizen';
        caller.appendChild(document.createTextNode(' '));
        caller.appendChild(name);
        pop.appendChild(caller);
        if (data.queue) {
            pop.appendChild(element('p', text('pop.queue', texts['queue.' + data.queue] || data.queue), 'pop-queue'));
        }
        if (data.waitedSeconds !== undefined) {
            var waited = element('p', text('pop.waited', data.waitedSeconds), 'pop-waited');
            waited.id = 'popWaited';
            pop.appendChild(waited);
        }
        if (data.ivr && Object.keys(data.ivr).length) {
            pop.appendChild(element('h3', text('pop.ivr')));
            var choices = element('ul', null, 'pop-ivr');
            choices.id = 'popIvr';
            Object.keys(data.ivr).sort().forEach(function (key) {
                choices.appendChild(element('li', key.replace(/^HOTLINE_/, '') + ': ' + data.ivr[key]));
            });
            pop.appendChild(choices);
        }
        if (data.tickets) {
            pop.appendChild(element('h3', text('pop.tickets')));
            var tickets = element('ul', null, 'pop-tickets');
            tickets.id = 'popTickets';
            data.tickets.forEach(function (ticket) {
                var line = element('li');
                line.appendChild(ltr(ticket.number));
                // A subject the hotline wrote (a callback task's) in the agent's language, its number left to right.
                var subject = ticket.written ? text('subject.' + ticket.written,
                    ticket.writtenNumber ? '\u2066' + ticket.writtenNumber + '\u2069' : undefined) : ticket.subject;
                line.appendChild(document.createTextNode(' · '));
                line.appendChild(element('bdi', subject, 'pop-ticket-subject'));
                line.appendChild(document.createTextNode(' · ' + text('status.' + ticket.status)));
                tickets.appendChild(line);
            });
            if (!data.tickets.length) {
                tickets.appendChild(element('li', text('pop.none')));
            }
            pop.appendChild(tickets);
        }
        if (data.calls) {
            pop.appendChild(element('h3', text('pop.calls')));
            var calls = element('ul', null, 'pop-calls');
            calls.id = 'popCalls';
            data.calls.forEach(function (call) {
                // Latin digits in every language, as the server's Formats writes them: one digit system a line.
                var when = call.enteredAt ? new Date(call.enteredAt).toLocaleString(
                    document.documentElement.lang + '-u-nu-latn') : '';
                var line = element('li', when + ' · ' + text('disposition.' + call.disposition));
                if (call.agent) {
                    // The person who answered (or the PBX's name for a member nobody was given), in its own direction.
                    line.appendChild(document.createTextNode(' · '));
                    var agent = element('bdi', text('pop.answeredBy', call.agent), 'pop-call-agent');
                    line.appendChild(agent);
                }
                calls.appendChild(line);
            });
            if (!data.calls.length) {
                calls.appendChild(element('li', text('pop.none')));
            }
            pop.appendChild(calls);
        }
        if (shown.answered) {
            var open = element('a', text('pop.openTicket'), 'ui-button pop-open-ticket');
            open.id = 'openTicket';
            open.href = pop.dataset.newTicket + '?call=' + encodeURIComponent(shown.linkedid)
                + (data.caller ? '&phone=' + encodeURIComponent(data.caller) : '');
            pop.appendChild(open);
            // A caller reporting an employee: the confidential complaint form, linked to this call.
            var complain = element('a', text('pop.openComplaint'), 'ui-button ui-button-warning pop-open-complaint');
            complain.id = 'openComplaint';
            complain.href = pop.dataset.newComplaint + '?call=' + encodeURIComponent(shown.linkedid)
                + (data.caller ? '&phone=' + encodeURIComponent(data.caller) : '');
            pop.appendChild(complain);
        }
        if (shown.ended || !shown.answered) {
            var close = element('button', text('pop.close'), 'pop-close');
            close.type = 'button';
            close.id = 'popClose';
            close.setAttribute('aria-label', text('pop.closeLabel'));
            close.addEventListener('click', function () {
                shown = null;
                render();
            });
            pop.appendChild(close);
        }
        pop.hidden = false;
    }

    /** A ticket given to this agent by someone else: its number, linked, and who gave it, until dismissed. */
    function assigned(data) {
        var notices = document.getElementById('assignedNotices');
        if (!notices || !data.number) {
            return;
        }
        var notice = element('p', null, 'assigned-notice card');
        notice.dataset.ticket = data.number;
        var link = element('a', data.number, 'ticket-number');
        link.setAttribute('dir', 'ltr');
        link.href = notices.dataset.ticket + '?number=' + encodeURIComponent(data.number);
        notice.appendChild(link);
        notice.appendChild(document.createTextNode(' '));
        var by = element('bdi', text('assigned.notice', data.by || ''));
        notice.appendChild(by);
        var dismiss = element('button', text('assigned.dismiss'));
        dismiss.type = 'button';
        dismiss.setAttribute('aria-label', text('assigned.dismissLabel', data.number));
        dismiss.addEventListener('click', function () {
            notices.removeChild(notice);
        });
        notice.appendChild(dismiss);
        notices.appendChild(notice);
    }

    /** A supervisor has joined this agent's call: listening, whispering to the agent, or talking to both. */
    function listened(data) {
        var notice = document.getElementById('listenedNotice');
        if (!notice) {
            return;
        }
        notice.textContent = text('listened.' + data.mode);
        notice.dataset.linkedid = data.linkedid;
        notice.dataset.mode = data.mode;
        notice.hidden = false;
    }

    function handle(push) {
        var data = push.data || {};
        if (push.type === 'pop') {
            var alreadyAnswered = shown && shown.linkedid === data.linkedid && shown.answered;
            shown = {linkedid: data.linkedid, data: data, answered: alreadyAnswered};
            render();
        } else if (push.type === 'answered') {
            if (!shown || shown.linkedid !== data.linkedid) {
                shown = {linkedid: data.linkedid, data: {caller: data.caller, queue: data.queue}};
            }
            shown.answered = true;
            render();
        } else if (push.type === 'gone') {
            if (shown && shown.linkedid === data.linkedid && !shown.answered) {
                shown = null;
                render();
            }
        } else if (push.type === 'ended') {
            var notice = document.getElementById('listenedNotice');
            if (notice && notice.dataset.linkedid === data.linkedid) {
                notice.hidden = true;
            }
            if (shown && shown.linkedid === data.linkedid) {
                shown.ended = true;
                render();
            }
        } else if (push.type === 'listened') {
            listened(data);
        } else if (push.type === 'assigned') {
            assigned(data);
        } else if (push.type === 'state' && typeof window.hotlineRefreshPhone === 'function') {
            window.hotlineRefreshPhone();
        }
    }

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + pop.dataset.endpoint);
        socket.onopen = function () {
            pop.dataset.connected = 'true';
        };
        socket.onmessage = function (event) {
            var push = JSON.parse(event.data);
            received.push({type: push.type, linkedid: push.data ? push.data.linkedid : null, at: Date.now()});
            if (received.length > 5000) {
                received.shift();
            }
            handle(push);
        };
        socket.onclose = function () {
            pop.dataset.connected = 'false';
            setTimeout(connect, 3000); // the server restarted or the network blinked
        };
    }

    connect();
}());
