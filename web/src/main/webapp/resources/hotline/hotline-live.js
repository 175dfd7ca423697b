/*
 * The supervisors' live view, fed by the pushes of /push/live: waiting calls and the longest wait per queue, agents
 * by state, today's calls. Waits tick every second in the page; the picture itself comes only from pushes.
 * Everything is written with textContent, never as HTML.
 */
(function () {
    'use strict';
    var live = document.getElementById('live');
    if (!live || !window.WebSocket) {
        return;
    }
    var texts = JSON.parse(document.getElementById('liveTexts').textContent);
    var view = null;
    var skew = 0; // server clock minus this browser's, so waits are right whatever the browser's clock says

    function text(key, fallback) {
        return texts[key] || fallback || key;
    }

    function cell(row, content, ltr) {
        var td = document.createElement('td');
        td.textContent = content;
        if (ltr) {
            td.setAttribute('dir', 'ltr');
        }
        row.appendChild(td);
        return td;
    }

    function seconds(since) {
        if (!since) {
            return '–';
        }
        var waited = Math.max(0, Math.round((Date.now() + skew - Date.parse(since)) / 1000));
        if (waited < 60) {
            return text('live.seconds').replace('{0}', waited);
        }
        return text('live.minutes').replace('{0}', Math.floor(waited / 60)).replace('{1}', waited % 60);
    }

    /**
     * On the supervisor's board (not the wallboard) an agent talking on a call has a button beside their state that
     * chooses that call in the listening form below the table (#listen); the form sends it, with a mode and a reason.
     */
    var listenForm = document.getElementById('listen:call') ? document.getElementById('listen') : null;

    function listenButton(stateCell, agent) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'live-listen';
        button.textContent = text('live.listen');
        button.setAttribute('aria-label', text('live.listenLabel').replace('{0}', agent.name || agent.phoneInterface));
        button.dataset.listenPhone = agent.phoneInterface;
        button.dataset.linkedid = agent.linkedid;
        button.addEventListener('click', function () {
            document.getElementById('listen:call').value = agent.linkedid;
            document.getElementById('listen:agent').value = agent.phoneInterface;
            document.getElementById('listenChosen').textContent =
                (agent.name || agent.phoneInterface) + ' (' + agent.phoneInterface + ')';
            listenForm.scrollIntoView();
            document.getElementById('listen:reason').focus();
        });
        stateCell.appendChild(document.createTextNode(' '));
        stateCell.appendChild(button);
    }

    function render() {
        if (!view) {
            return;
        }
        document.getElementById('livePbx').hidden = view.pbxConnected;
        document.getElementById('liveOffered').textContent = view.offeredToday;
        document.getElementById('liveAnswered').textContent = view.answeredToday;
        document.getElementById('liveAbandoned').textContent = view.abandonedToday;
        var queues = document.getElementById('liveQueues');
        queues.textContent = '';
        view.queues.forEach(function (queue) {
            var row = document.createElement('tr');
            row.dataset.queue = queue.queue;
            cell(row, text('queue.' + queue.queue, queue.queue));
            cell(row, queue.waiting).className = 'waiting';
            cell(row, seconds(queue.longestWaitingSince)).className = 'longest';
            cell(row, queue.signedIn);
            cell(row, queue.available);
            queues.appendChild(row);
        });
        var agents = document.getElementById('liveAgents');
        // The rows are drawn again every second: a listen button that had the focus keeps it.
        var focused = document.activeElement && agents.contains(document.activeElement)
            ? document.activeElement.dataset.listenPhone : null;
        agents.textContent = '';
        view.agents.forEach(function (agent) {
            var row = document.createElement('tr');
            row.dataset.phone = agent.phoneInterface;
            cell(row, agent.name || agent.phoneInterface);
            cell(row, agent.phoneInterface, true);
            var state = text('agentState.' + agent.state)
                + (agent.pauseReason ? ' (' + text('pause.' + agent.pauseReason, agent.pauseReason) + ')' : '');
            var stateCell = cell(row, state);
            stateCell.className = 'state state-' + agent.state;
            if (listenForm && agent.state === 'ON_CALL' && agent.linkedid && agent.channel) {
                listenButton(stateCell, agent);
            }
            cell(row, seconds(agent.stateSince)).className = 'in-state';
            cell(row, agent.queues.map(function (queue) { return text('queue.' + queue, queue); }).join('، '));
            agents.appendChild(row);
        });
        if (focused) {
            var again = agents.querySelector('button[data-listen-phone="' + CSS.escape(focused) + '"]');
            if (again) {
                again.focus();
            }
        }
        if (!view.agents.length) {
            var empty = document.createElement('tr');
            cell(empty, text('live.none')).colSpan = 5;
            agents.appendChild(empty);
        }
    }

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + live.dataset.endpoint);
        socket.onmessage = function (event) {
            var push = JSON.parse(event.data);
            if (push.type === 'live') {
                view = push.data;
                skew = Date.parse(view.at) - Date.now();
                live.dataset.updates = String(Number(live.dataset.updates || 0) + 1);
                render();
            }
        };
        socket.onclose = function () {
            setTimeout(connect, 3000);
        };
    }

    setInterval(render, 1000);
    connect();
}());
