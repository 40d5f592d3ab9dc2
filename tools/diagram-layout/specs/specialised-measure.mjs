export default {
  planes: [ {
    element: 'SpecialisedMeasure',
    lanes: [ { id: 'Lane_Kontaktperson', name: 'Kontaktperson', rows: 1 }, { id: 'Lane_System', name: 'System', rows: 1 } ],
    rowHeights: [ 130, 130 ],
    at: {
      StartEvent_MeasureGranted: [ 120, 0 ], Task_RecordMeasureEnd: [ 270, 0 ], Task_CalculateEgenandel: [ 450, 1 ],
      EndEvent_MeasureEnded: [ 600, 1 ]
    }
  } ]
};
