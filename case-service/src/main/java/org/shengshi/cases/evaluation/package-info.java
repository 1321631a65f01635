/**
 * 好差评: the applicant rates a concluded case once, on five levels, overall and per online
 * indicator, with free text. An overall rating of 1 or 2 (差评) opens a rectification
 * ticket for the department, due 15 working days after the rating.
 */
package org.shengshi.cases.evaluation;
