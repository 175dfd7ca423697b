/**
 * What pages and the API need from the PBX, declared by the domain and implemented by the telephony module: the
 * agent's phone, the live board, a supervisor listening to a live call, the subscription to the live pushes, the values they carry (the console, the live
 * view, the screen pop) and the refusals they throw. The web module knows only these, never the PBX adapter.
 */
package org.hotline.pbx;
