/**
 * The live picture of the PBX kept from its events (queues, agents' phones, calls ringing and talked on) and the
 * pushes made from it: screen pops and the call panel to the ringing agent, console state, the supervisors' live view.
 */
package org.hotline.telephony.live;
