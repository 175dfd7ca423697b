/**
 * The callers' satisfaction survey: after an agent has answered a queue call the IVR may ask the caller to rate it
 * and whether their problem was solved; the share of calls surveyed, chosen by supervisors; each call's answers.
 */
package org.hotline.survey;
