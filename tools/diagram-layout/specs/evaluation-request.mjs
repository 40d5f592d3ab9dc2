export default {
  planes: [ {
    element: 'EvaluationRequest',
    lanes: [ { id: 'Lane_System', name: 'System', rows: 1 } ],
    rowHeights: [ 130 ],
    at: { StartEvent_EvaluationWanted: [ 120, 0 ], Task_RequestEvaluation: [ 250, 0 ], EndEvent_EvaluationRequested: [ 390, 0 ] }
  } ]
};
